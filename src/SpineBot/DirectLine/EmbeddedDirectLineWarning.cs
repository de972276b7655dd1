using Microsoft.Extensions.Options;

namespace SpineBot.DirectLine;

/// <summary>
/// Warns at start when the website's chat is served by the embedded Direct Line in Production: it keeps chats in this
/// process's memory, so with more than one instance (or without ARR affinity) the widget breaks, and a restart ends
/// every open chat. Production should set <c>DirectLine:Secret</c> (the Azure template does).
/// </summary>
internal static partial class EmbeddedDirectLineWarning
{
    public static void WarnIfEmbeddedInProduction(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Environment.IsProduction() && !app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.UsesAzure)
        {
            LogEmbeddedInProduction(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EmbeddedDirectLineWarning)));
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "The website chat is served by the embedded Direct Line in Production: chats live in this process's memory, "
            + "so run a single instance with ARR affinity, or set DirectLine:Secret to use Azure Direct Line")]
    private static partial void LogEmbeddedInProduction(ILogger logger);
}
