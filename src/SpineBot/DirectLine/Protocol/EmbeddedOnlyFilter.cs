using Microsoft.Extensions.Options;

namespace SpineBot.DirectLine.Protocol;

/// <summary>
/// Turns the embedded Direct Line off (404 with a reason) when <c>DirectLine:Secret</c> is set and chats go through
/// Azure Direct Line instead.
/// </summary>
internal sealed class EmbeddedOnlyFilter(IOptions<DirectLineOptions> options) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        if (options.Value.UsesAzure)
        {
            return ValueTask.FromResult<object?>(DirectLineErrors.Error(
                StatusCodes.Status404NotFound,
                "NotFound",
                "This bot's chats use Azure Direct Line; its embedded Direct Line is off."));
        }

        return next(context);
    }
}
