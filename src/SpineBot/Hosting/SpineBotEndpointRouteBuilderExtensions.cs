using SpineBot.Health;
using SpineBot.Messages;

namespace SpineBot.Hosting;

/// <summary>
/// Maps the bot's HTTP endpoints.
/// </summary>
internal static class SpineBotEndpointRouteBuilderExtensions
{
    public static WebApplication MapSpineBot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.MapBotMessages();
        app.MapBotHealth();
        return app;
    }
}
