namespace SpineBot.Content.Loading;

/// <summary>
/// The content of every language folder under dialogs/ (en, es, ...; not dialogs/schema), loaded and checked at start: each loads, and each
/// file has the same keys, ids, values, levels, sources, numbers and placeholders as English, so no rule or message can
/// ship in one language only. Every language's red-flag screen reads each message with every language's rules.
/// </summary>
public sealed class ContentLanguages
{
    private readonly Dictionary<string, ClinicContent> _byLanguage;

    private ContentLanguages(IReadOnlyList<ClinicContent> languages)
    {
        All = languages;
        _byLanguage = languages.ToDictionary(content => content.Language, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every language, the default (English) first.</summary>
    public IReadOnlyList<ClinicContent> All { get; }

    /// <summary>The default language's content (English).</summary>
    public ClinicContent Default => All[0];

    /// <summary>One language only, as loaded (its screen reads its own rules only).</summary>
    public static ContentLanguages OnlyOne(ClinicContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new ContentLanguages([content]);
    }

    /// <summary>Content already loaded, one per language (the first is the default); the screens are joined.</summary>
    public static ContentLanguages Of(IReadOnlyList<ClinicContent> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        if (languages.Count == 0)
        {
            throw new ArgumentException("At least one language is needed.", nameof(languages));
        }

        return new ContentLanguages(languages.Select(content => content.AlsoScreening(languages.Where(other => other != content).ToList())).ToList());
    }

    /// <summary>Loads and checks every language folder under <paramref name="dialogsRoot"/>, English first.</summary>
    /// <exception cref="ContentValidationException">A folder is missing a file, fails to load, or differs from English.</exception>
    public static ContentLanguages Load(string dialogsRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogsRoot);
        var others = Directory.EnumerateDirectories(dialogsRoot)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name != ContentLoader.DefaultLanguage && name != ContentSchemas.FolderName && !name.StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        // The languages load side by side (each builds its own rules); the report keeps English's problems first.
        var loads = others.Prepend(ContentLoader.DefaultLanguage)
            .Select(language => Task.Run(() => LoadOne(dialogsRoot, language)))
            .ToList();
        var errors = new List<ContentError>();
        var loaded = new List<ClinicContent>();
        foreach (var load in loads)
        {
            var (content, problems) = load.GetAwaiter().GetResult();
            errors.AddRange(problems);
            if (content is not null)
            {
                loaded.Add(content);
            }
        }

        return errors.Count > 0 ? throw new ContentValidationException(errors) : Of(loaded);
    }

    /// <summary>
    /// The same languages with <paramref name="language"/> as the default (for a conversation whose first activity has
    /// no locale); unchanged when that language is not shipped or not given.
    /// </summary>
    public ContentLanguages WithDefault(string? language) =>
        Find(language) is { } chosen && chosen != Default
            ? new ContentLanguages(All.Where(content => content == chosen).Concat(All.Where(content => content != chosen)).ToList())
            : this;

    /// <summary>The content of <paramref name="language"/> ("es", "es-US" and "ES" find "es"), or <c>null</c>.</summary>
    public ClinicContent? Find(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        return _byLanguage.GetValueOrDefault(language) ?? _byLanguage.GetValueOrDefault(language.Split('-', '_')[0]);
    }

    private static (ClinicContent? Content, List<ContentError> Errors) LoadOne(string dialogsRoot, string language)
    {
        ClinicContent? content = null;
        var errors = new List<ContentError>();
        try
        {
            content = ContentLoader.Load(dialogsRoot, language);
        }
        catch (ContentValidationException exception)
        {
            errors.AddRange(exception.Errors);
        }

        if (language != ContentLoader.DefaultLanguage)
        {
            errors.AddRange(DifferencesFromEnglish(dialogsRoot, language));
        }

        return (content, errors);
    }

    private static IEnumerable<ContentError> DifferencesFromEnglish(string dialogsRoot, string language)
    {
        foreach (var name in ContentLoader.FileNames)
        {
            var english = Path.Combine(dialogsRoot, ContentLoader.DefaultLanguage, name);
            var other = Path.Combine(dialogsRoot, language, name);
            if (!File.Exists(english) || !File.Exists(other))
            {
                continue;
            }

            List<string> differences;
            try
            {
                differences = ContentOutline.Differences(File.ReadAllText(english), File.ReadAllText(other));
            }
            catch (System.Text.Json.JsonException)
            {
                continue; // the loader already names the malformed file
            }

            foreach (var difference in differences)
            {
                yield return new ContentError($"dialogs/{language}/{name}", "same as English", difference);
            }
        }
    }
}
