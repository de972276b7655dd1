using SpineBot.Content;
using SpineBot.Content.Loading;

namespace SpineBot.Browser.Tests.Hosting;

/// <summary>
/// What the bot under test says: the dialogs folder next to its assembly (the host copies dialogs/** to its output),
/// found and loaded the way the bot finds and loads it. Tests assert this wording rather than copies of it.
/// </summary>
internal static class BotContent
{
    private static readonly Lazy<ClinicContent> English = new(() =>
        ContentLoader.Load(DialogsFolder.Locate(null, BuildLayout.BotOutputDirectory), ContentLoader.DefaultLanguage));

    private static readonly Lazy<ClinicContent> SpanishContent = new(() =>
        ContentLoader.Load(DialogsFolder.Locate(null, BuildLayout.BotOutputDirectory), "es"));

    /// <summary>The English content (dialogs/en) the bot runs with.</summary>
    public static ClinicContent Current => English.Value;

    /// <summary>The Spanish content (dialogs/es) the bot speaks to a Spanish browser.</summary>
    public static ClinicContent Spanish => SpanishContent.Value;
}
