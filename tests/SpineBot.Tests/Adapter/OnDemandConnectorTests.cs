using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Moq;
using SpineBot.Adapter;

namespace SpineBot.Tests.Adapter;

public sealed class OnDemandConnectorTests
{
    [Fact]
    public async Task A_request_s_connector_client_is_built_only_when_a_reply_goes_to_the_channel()
    {
        var built = 0;
        var connector = new Mock<IConnectorClient>();
        connector.SetupGet(c => c.Conversations).Returns(Mock.Of<IConversations>());
        var requestFactory = new Mock<ConnectorFactory>();
        requestFactory
            .Setup(f => f.CreateAsync("https://channel.example/", "audience", It.IsAny<CancellationToken>()))
            .ReturnsAsync(() =>
            {
                built++;
                return connector.Object;
            });
        var inner = new Mock<BotFrameworkAuthentication>();
        inner
            .Setup(a => a.AuthenticateRequestAsync(It.IsAny<Activity>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AuthenticateRequestResult { ClaimsIdentity = new ClaimsIdentity(), ConnectorFactory = requestFactory.Object });
        var authentication = new OnDemandBotFrameworkAuthentication(inner.Object);

        var result = await authentication.AuthenticateRequestAsync(new Activity(), string.Empty, CancellationToken.None);
        var client = await result.ConnectorFactory.CreateAsync("https://channel.example/", "audience", CancellationToken.None);

        Assert.Equal(0, built);
        Assert.Same(connector.Object.Conversations, client.Conversations);
        Assert.Equal(1, built);
    }
}
