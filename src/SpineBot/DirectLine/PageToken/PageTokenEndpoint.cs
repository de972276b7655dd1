using Microsoft.Extensions.Options;
using SpineBot.DirectLine.Conversations;
using SpineBot.DirectLine.Protocol;
using SpineBot.DirectLine.Tokens;

namespace SpineBot.DirectLine.PageToken;

/// <summary>
/// <c>POST /api/directline/token</c>, what the chat page calls before starting Web Chat: a token for a new
/// conversation, from this bot's embedded Direct Line (with <c>domain</c> "/v3/directline") or, when
/// <c>DirectLine:Secret</c> is set, from Azure Direct Line. Rate-limited per client address.
/// </summary>
internal static class PageTokenEndpoint
{
    public const string Route = "/api/directline/token";

    public static IEndpointRouteBuilder MapPageToken(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(Route, HandleAsync).RequireRateLimiting(TokenRequestRateLimit.PolicyName).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IOptions<DirectLineOptions> options,
        DirectLineConversations conversations,
        DirectLineTokens tokens,
        AzureDirectLineTokens azure,
        TimeProvider time)
    {
        http.Response.Headers.CacheControl = "no-store";
        var settings = options.Value;
        if (!settings.UsesAzure)
        {
            var conversation = conversations.Create();
            conversation.Locale = ChatLocale.From(http.Request.Query["locale"]);
            var issued = tokens.Issue(conversation.Id, conversation.UserId);
            return Results.Json(new PageTokenResponse(
                issued.Token,
                conversation.Id,
                issued.Grant.SecondsLeft(time.GetUtcNow()),
                DirectLineProtocolEndpoints.BasePath));
        }

        var token = await azure.GenerateAsync(http.RequestAborted);
        if (token is null)
        {
            return Results.Problem(
                detail: "The chat service did not issue a token; please try again in a moment.",
                statusCode: StatusCodes.Status502BadGateway);
        }

        var isDefaultEndpoint = string.Equals(
            settings.Endpoint.TrimEnd('/'),
            DirectLineOptions.DefaultEndpoint,
            StringComparison.OrdinalIgnoreCase);
        return Results.Json(new PageTokenResponse(
            token.Token!,
            token.ConversationId!,
            token.ExpiresIn,
            isDefaultEndpoint ? null : settings.Endpoint.TrimEnd('/') + DirectLineProtocolEndpoints.BasePath));
    }
}
