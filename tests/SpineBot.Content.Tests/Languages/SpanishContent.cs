using SpineBot.Content.Loading;

namespace SpineBot.Content.Tests.Languages;

/// <summary>
/// dialogs/es loaded once, with the content loader.
/// </summary>
internal static class SpanishContent
{
    private static readonly Lazy<ClinicContent> Loaded = new(Load);

    public static ClinicContent Spanish => Loaded.Value;

    private static ClinicContent Load()
    {
        var folder = Path.Combine(RepositoryFolders.Dialogs, "es");
        var texts = ContentLoader.FileNames.ToDictionary(name => name, name => (string?)File.ReadAllText(Path.Combine(folder, name)), StringComparer.Ordinal);
        var content = ContentAssembler.Assemble(texts, "es");

        // The first match of each compiled pattern JITs it; on a loaded test machine that can exceed the reader's
        // 1 s match timeout (a timed-out pattern counts as no match). Read one story first so the tests measure
        // what the patterns understand, not the JIT.
        _ = content.Triage.StoryReader.Read("diría que me duele la espalda baja desde el sábado, un siete de 10, desde hace una semana", known: null, new DateOnly(2026, 11, 25));
        return content;
    }
}
