using SpineBot.DirectLine;
using SpineBot.Health;
using SpineBot.Messages;
using SpineBot.Staff;
using SpineBot.WebChat;

namespace SpineBot.Hosting;

/// <summary>
/// Maps the bot's HTTP endpoints.
/// </summary>
internal static class SpineBotEndpointRouteBuilderExtensions
{
    public static WebApplication MapSpineBot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.MapClinicWebsite();
        app.MapBotMessages();
        app.MapBotHealth();
        app.MapStaffEndpoints();
        app.MapEmbeddedDirectLine();
        return app;
    }
}
