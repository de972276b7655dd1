using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace SpineBot.Adapter;

/// <summary>Hands out connector clients that are built by <paramref name="inner"/> when first used (see <see cref="OnDemandBotFrameworkAuthentication"/>).</summary>
internal sealed class OnDemandConnectorFactory(ConnectorFactory inner) : ConnectorFactory
{
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        Task.FromResult<IConnectorClient>(new OnDemandConnectorClient(() => inner.CreateAsync(serviceUrl, audience, cancellationToken)));
}
