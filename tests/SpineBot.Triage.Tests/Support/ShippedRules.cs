using SpineBot.Content;
using SpineBot.Content.Loading;

namespace SpineBot.Triage.Tests.Support;

/// <summary>The rules as shipped in dialogs/en, loaded once for all tests.</summary>
internal static class ShippedRules
{
    private static readonly Lazy<ClinicContent> Loaded = new(() => ContentLoader.Load(RepositoryFolders.Dialogs, "en"));

    public static ClinicContent Content => Loaded.Value;

    public static TriageRules Rules => Content.Triage;
}
