using SpineBot.DirectLine.PageToken;

namespace SpineBot.DirectLine.Protocol;

/// <summary>
/// The subset of the Direct Line 3.0 REST protocol that Web Chat uses, served by the bot itself under
/// <c>/v3/directline</c>.
/// </summary>
internal static class DirectLineProtocolEndpoints
{
    public const string BasePath = "/v3/directline";

    public static IEndpointRouteBuilder MapDirectLineProtocol(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var directLine = endpoints.MapGroup(BasePath).AddEndpointFilter<EmbeddedOnlyFilter>().DisableAntiforgery();
        directLine.MapPost("/conversations", ConversationEndpoints.StartAsync);
        directLine.MapGet("/conversations/{conversationId}", ConversationEndpoints.Reconnect);
        directLine.MapPost("/conversations/{conversationId}/activities", ActivityEndpoints.PostAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", ActivityEndpoints.Get);
        directLine.MapGet("/conversations/{conversationId}/stream", StreamEndpoint.ConnectAsync);
        directLine.MapPost("/tokens/generate", TokenEndpoints.Generate).RequireRateLimiting(TokenRequestRateLimit.PolicyName);
        directLine.MapPost("/tokens/refresh", TokenEndpoints.Refresh);
        directLine.Map("/{**rest}", () => DirectLineErrors.Error(
            StatusCodes.Status404NotFound,
            "NotFound",
            "The embedded Direct Line serves conversations, activities, stream and tokens only (no uploads)."));
        return endpoints;
    }
}
