using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using SpineBot.Adapter;

namespace SpineBot.Messages;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework endpoint that channels, the Emulator and Azure Bot Service call.
/// </summary>
internal static partial class MessagesEndpoint
{
    public const string Route = "/api/messages";

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(Route, HandleAsync).DisableAntiforgery();
        return endpoints;
    }

    private static async Task HandleAsync(
        HttpContext http,
        ActivityRequestReader reader,
        SpineBotAdapter adapter,
        IBot bot,
        ILogger<ActivityRequestReader> logger)
    {
        var cancellationToken = http.RequestAborted;
        var incoming = await reader.ReadAsync(http.Request, cancellationToken);
        if (incoming.Activity is null)
        {
            LogRefused(logger, incoming.StatusCode);
            await Results.Problem(detail: incoming.Problem, statusCode: incoming.StatusCode).ExecuteAsync(http);
            return;
        }

        try
        {
            var authHeader = http.Request.Headers.Authorization.ToString();
            var invokeResponse = await adapter.ProcessIncomingAsync(authHeader, incoming.Activity, bot, cancellationToken);
            await HttpHelper.WriteResponseAsync(http.Response, invokeResponse);
        }
        catch (UnauthorizedAccessException)
        {
            LogRefused(logger, StatusCodes.Status401Unauthorized);
            await Results.Problem(
                detail: "This bot needs a valid Bot Framework token in the Authorization header.",
                statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(http);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a request to /api/messages with {StatusCode}")]
    private static partial void LogRefused(ILogger logger, int statusCode);
}
