using SpineBot.Content.Loading;

namespace SpineBot.Content.Tests.Support;

/// <summary>The content as shipped in dialogs/en, loaded once for all tests.</summary>
internal static class ShippedContent
{
    private static readonly Lazy<ClinicContent> Loaded = new(() => ContentLoader.Load(RepositoryFolders.Dialogs, "en"));

    public static ClinicContent English => Loaded.Value;
}
