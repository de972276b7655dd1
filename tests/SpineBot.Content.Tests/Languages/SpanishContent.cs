using SpineBot.Content.Loading;

namespace SpineBot.Content.Tests.Languages;

/// <summary>
/// dialogs/es loaded once. Until the graded red-flags.json is merged, the loader on this branch reads the old shape,
/// so the Spanish content is loaded with the English red flags in place of es/red-flags.json (see dialogs/README.md).
/// </summary>
internal static class SpanishContent
{
    private static readonly Lazy<ClinicContent> Loaded = new(Load);

    public static ClinicContent Spanish => Loaded.Value;

    private static ClinicContent Load()
    {
        var folder = Path.Combine(RepositoryFolders.Dialogs, "es");
        var texts = ContentLoader.FileNames.ToDictionary(name => name, name => (string?)File.ReadAllText(Path.Combine(folder, name)), StringComparer.Ordinal);
        texts["red-flags.json"] = File.ReadAllText(Path.Combine(RepositoryFolders.Dialogs, "en", "red-flags.json"));
        return ContentAssembler.Assemble(texts, "es");
    }
}
