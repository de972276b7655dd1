using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SpineBot.Adapter;

/// <summary>
/// The Bot Framework authentication the adapter uses, with the per-turn clients made on demand: CloudAdapter builds a
/// connector client and a user-token client for every turn, which cost about a quarter of a SpineBot turn's CPU (each
/// builds an HTTP service client and cleans its user-agent with new regular expressions), while an expectReplies turn
/// uses neither and SpineBot never signs anyone in. The clients are built the first time a member is used, by the
/// same <paramref name="inner"/> authentication; everything else is <paramref name="inner"/>'s.
/// </summary>
internal sealed class OnDemandBotFrameworkAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    private readonly BotFrameworkAuthentication _inner = inner ?? throw new ArgumentNullException(nameof(inner));

    // CloudAdapter asks the request's own connector factory (not CreateConnectorFactory) for the turn's client.
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        OnDemand(await _inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false));

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        OnDemand(await _inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false));

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        _inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    public override string GetOriginatingAudience() => _inner.GetOriginatingAudience();

    public override Microsoft.Bot.Builder.Skills.BotFrameworkClient CreateBotFrameworkClient() => _inner.CreateBotFrameworkClient();

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new OnDemandConnectorFactory(_inner.CreateConnectorFactory(claimsIdentity));

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new OnDemandUserTokenClient(() => _inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken)));

    private static AuthenticateRequestResult OnDemand(AuthenticateRequestResult result)
    {
        if (result.ConnectorFactory is { } factory and not OnDemandConnectorFactory)
        {
            result.ConnectorFactory = new OnDemandConnectorFactory(factory);
        }

        return result;
    }
}
