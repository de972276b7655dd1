using System.Text.RegularExpressions;

namespace SpineBot.Content.Loading;

/// <summary>
/// Loads and checks the content of one language from the dialogs folder (dialogs/&lt;language&gt;/*.json).
/// Every problem found is reported at once in a <see cref="ContentValidationException"/>.
/// </summary>
public static partial class ContentLoader
{
    /// <summary>The language used when none is configured.</summary>
    public const string DefaultLanguage = "en";

    /// <summary>The files each language folder must hold.</summary>
    public static IReadOnlyList<string> FileNames => ContentAssembler.FileNames;

    /// <summary>Loads and checks the content of <paramref name="language"/> under <paramref name="dialogsRoot"/>.</summary>
    /// <exception cref="ContentValidationException">A file is missing, malformed or inconsistent.</exception>
    public static ClinicContent Load(string dialogsRoot, string language = DefaultLanguage)
    {
        var folder = LanguageFolder(dialogsRoot, language);
        var texts = FileNames.ToDictionary(
            name => name,
            name => File.Exists(Path.Combine(folder, name)) ? File.ReadAllText(Path.Combine(folder, name)) : null,
            StringComparer.Ordinal);
        return ContentAssembler.Assemble(texts, language);
    }

    private static string LanguageFolder(string dialogsRoot, string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogsRoot);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        if (!LanguagePattern().IsMatch(language))
        {
            throw new ArgumentException($"'{language}' is not a language folder name such as 'en' or 'es'.", nameof(language));
        }

        var folder = Path.Combine(dialogsRoot, language);
        if (!Directory.Exists(folder))
        {
            throw new ContentValidationException(
                [new ContentError($"dialogs/{language}", "folder", $"the language folder does not exist (looked in {Path.GetFullPath(folder)})")]);
        }

        return folder;
    }

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z]{2,4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();
}
