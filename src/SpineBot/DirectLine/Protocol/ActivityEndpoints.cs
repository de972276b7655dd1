using Microsoft.Bot.Builder;
using SpineBot.DirectLine.Conversations;
using SpineBot.DirectLine.Turns;

namespace SpineBot.DirectLine.Protocol;

/// <summary>
/// <c>POST /conversations/{id}/activities</c> (send; answers <c>{"id"}</c> once the bot has answered) and
/// <c>GET /conversations/{id}/activities?watermark=</c> (the activities after the watermark, and the next one).
/// </summary>
internal static partial class ActivityEndpoints
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public static async Task<IResult> PostAsync(
        HttpContext http,
        string conversationId,
        BearerAuthorization authorization,
        EmbeddedChannel channel,
        DirectLineConversations conversations,
        IBot bot,
        ILogger<EmbeddedChannel> logger)
    {
        ArgumentNullException.ThrowIfNull(http);

        var request = authorization.Authorize(http, conversationId);
        if (request.Refusal is not null)
        {
            return request.Refusal;
        }

        var posted = await PostedActivityReader.ReadAsync(http.Request, http.RequestAborted);
        if (posted.Activity is null)
        {
            LogRefused(logger, posted.StatusCode);
            return DirectLineErrors.Error(posted.StatusCode, "BadArgument", posted.Problem!);
        }

        // Room for the activity and the bot's replies; when every conversation held is in use, the post waits.
        if (!conversations.MakeRoom(request.Conversation!, (http.Request.ContentLength ?? PostedActivityReader.MaxBytes) * 2))
        {
            http.Response.Headers.RetryAfter = "60";
            return DirectLineErrors.Error(
                StatusCodes.Status429TooManyRequests,
                "TooManyRequests",
                "The chat service is holding as many messages as it can; try again in a minute.");
        }

        var outcome = await channel.PostAsync(request.Conversation!, posted.Activity, bot, ServiceAddress.BaseUrl(http.Request), http.RequestAborted);
        if (outcome.ActivityId is not null)
        {
            return Results.Json(new { id = outcome.ActivityId });
        }

        return outcome.IsBusy
            ? DirectLineErrors.Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The bot is still answering the previous activity; try again.")
            : DirectLineErrors.Error(StatusCodes.Status502BadGateway, "BotError", "The bot could not process the activity.");
    }

    public static IResult Get(HttpContext http, string conversationId, string? watermark, BearerAuthorization authorization)
    {
        ArgumentNullException.ThrowIfNull(http);

        var request = authorization.Authorize(http, conversationId);
        if (request.Refusal is not null)
        {
            return request.Refusal;
        }

        if (!Watermark.TryParse(watermark, out var from))
        {
            return DirectLineErrors.BadArgument(Watermark.Problem);
        }

        http.Response.Headers.CacheControl = "no-store";
        return Results.Text(request.Conversation!.Log.Read(from, includeTyping: false).ToJson(), JsonContentType);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a Direct Line activity with {StatusCode}")]
    private static partial void LogRefused(ILogger logger, int statusCode);
}
