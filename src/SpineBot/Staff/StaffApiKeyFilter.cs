using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace SpineBot.Staff;

/// <summary>
/// Lets a request through only with the configured staff API key: 401 without a key, 403 with a wrong one or
/// when no key is configured (the staff endpoints are then off).
/// </summary>
internal sealed class StaffApiKeyFilter(IOptions<StaffOptions> options) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        var configured = options.Value.ApiKey;
        if (string.IsNullOrWhiteSpace(configured))
        {
            return Results.Problem(
                detail: "The staff endpoints are off: no Staff:ApiKey is configured.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        var presented = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (string.IsNullOrEmpty(presented))
        {
            return Results.Problem(
                detail: $"Send the staff API key in the {HeaderName} header.",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(configured)))
        {
            return Results.Problem(detail: "That staff API key is not valid.", statusCode: StatusCodes.Status403Forbidden);
        }

        return await next(context);
    }
}
