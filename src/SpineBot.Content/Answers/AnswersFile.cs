using System.Text.Json;
using System.Text.RegularExpressions;
using SpineBot.Content.Clinic;
using SpineBot.Content.Loading;
using SpineBot.Triage.Understanding;

namespace SpineBot.Content.Answers;

/// <summary>Reads answers.json: the runner's questions and asides, how they are asked, and the short-answer lists.</summary>
internal static class AnswersFile
{
    public const string Name = "answers.json";

    /// <summary>The longest answer, in words: one bubble on a phone.</summary>
    public const int MaxWords = 60;

    private static readonly string[] NoPlaceholders = [];

    private static readonly (string Field, AnswerSituation Situation)[] Situations =
    [
        ("nothing-concerning", AnswerSituation.NothingConcerning),
        ("worth-evaluating", AnswerSituation.WorthEvaluating),
        ("urgent", AnswerSituation.Urgent),
    ];

    public static RunnerAnswers? Read(JsonSection root, ClinicDetails? clinic)
    {
        var sources = ReadSources(root);
        var form = root.Section("questionForm", "questionForm") is { } formSection ? ReadForm(formSection) : null;
        var entries = new List<RunnerAnswer>();
        var rules = new List<RunnerQuestionRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in root.Items("answers", (element, index) => JsonSection.NameOf("answer", element, index)))
        {
            var id = item.Word("id");
            if (id.Length > 0 && !ids.Add(id))
            {
                item.Problem($"the id '{id}' is used twice");
            }

            rules.Add(ReadRule(item, id));
            entries.Add(new RunnerAnswer(id, ReadSourceRefs(item, sources), ReadTexts(item, clinic)));
        }

        foreach (var missing in AnswerIds.Required.Where(required => !ids.Contains(required)))
        {
            root.Problem($"answer '{missing}' is missing (every language needs it)");
        }

        var unknown = root.Section("unknownQuestion", "unknownQuestion") is { } unknownSection
            ? new RunnerAnswer(AnswerIds.UnknownQuestion, ReadSourceRefs(unknownSection, sources), Same(Checked(unknownSection, "answer")))
            : null;
        var vocabulary = root.Section("shortAnswers", "shortAnswers") is { } shortSection ? ReadShortAnswers(shortSection) : null;
        if (form is null || unknown is null || vocabulary is null || root.Context.Issues.Any)
        {
            return null;
        }

        try
        {
            return new RunnerAnswers(entries, unknown, new RunnerQuestionMatcher(rules, form), new ShortAnswerReader(vocabulary));
        }
        catch (Exception ex) when (ex is ArgumentException or RegexMatchTimeoutException)
        {
            root.Problem($"the answers could not be built: {ex.Message}");
            return null;
        }
    }

    private static Dictionary<string, string> ReadSources(JsonSection root)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in root.Members("sources"))
        {
            if (value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
            {
                sources[name] = value.GetString()!.Trim();
            }
            else
            {
                root.Problem($"source '{name}' must be the source's full title");
            }
        }

        return sources;
    }

    private static List<string> ReadSourceRefs(JsonSection item, Dictionary<string, string> sources)
    {
        var refs = item.Has("source") && item.OptionalWord("source") is { } single ? [single] : item.Strings("source").ToList();
        var titles = new List<string>();
        foreach (var reference in refs)
        {
            if (sources.TryGetValue(reference, out var title))
            {
                titles.Add(title);
            }
            else
            {
                item.Problem($"source '{reference}' is not in \"sources\"");
            }
        }

        return titles;
    }

    private static RunnerQuestionRule ReadRule(JsonSection item, string id)
    {
        var phrases = item.Strings("phrases", required: false);
        var patterns = item.Patterns("patterns", NoPlaceholders, NoPlaceholders, required: false);
        var anywhere = item.Patterns("anywhere", NoPlaceholders, NoPlaceholders, required: false);
        var alone = item.Strings("alone", required: false);
        var exceptions = item.Patterns("exceptions", NoPlaceholders, NoPlaceholders, required: false);
        if (phrases.Count + patterns.Count + anywhere.Count + alone.Count == 0)
        {
            item.Problem("the answer needs at least one of 'phrases', 'patterns', 'anywhere' or 'alone'");
        }

        return new RunnerQuestionRule(id, phrases, patterns, anywhere, alone, exceptions);
    }

    private static Dictionary<AnswerSituation, string> ReadTexts(JsonSection item, ClinicDetails? clinic)
    {
        if (item.Has("bySituation"))
        {
            if (item.Has("answer"))
            {
                item.Problem("give either 'answer' or 'bySituation', not both");
            }

            var texts = new Dictionary<AnswerSituation, string>();
            if (item.Section("bySituation", $"{item.Entry} bySituation") is { } section)
            {
                foreach (var (field, situation) in Situations)
                {
                    texts[situation] = Checked(section, field);
                }
            }

            return texts;
        }

        if (item.OptionalWord("fact") is not { } fact)
        {
            return Same(Checked(item, "answer"));
        }

        string? value = fact switch
        {
            "address" => clinic?.Address,
            "hours" => clinic?.Hours,
            "insurance" => clinic?.Insurance,
            _ => Unknown(item, fact),
        };
        var whenUnknown = Checked(item, "whenUnknown");
        var template = item.Template("answer", "fact");
        var text = string.IsNullOrWhiteSpace(value) ? whenUnknown : template.Render("fact", value);
        CheckLength(item, "answer", text);
        return Same(text);
    }

    private static string? Unknown(JsonSection item, string fact)
    {
        item.Problem($"field 'fact' must be 'address', 'hours' or 'insurance', not '{fact}'");
        return null;
    }

    private static string Checked(JsonSection section, string field)
    {
        var text = section.Text(field);
        CheckLength(section, field, text);
        return text;
    }

    private static void CheckLength(JsonSection section, string field, string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > MaxWords)
        {
            section.Problem($"field '{field}' has {words} words; an answer must fit one phone bubble ({MaxWords} words at most)");
        }
    }

    private static Dictionary<AnswerSituation, string> Same(string text) =>
        Situations.ToDictionary(pair => pair.Situation, _ => text);

    private static QuestionForm ReadForm(JsonSection section) => new(
        section.Strings("fillers", required: false),
        section.Patterns("openers", NoPlaceholders, NoPlaceholders),
        section.Patterns("cues", NoPlaceholders, NoPlaceholders, required: false),
        section.Patterns("hints", NoPlaceholders, NoPlaceholders, required: false),
        section.Patterns("statementOpeners", NoPlaceholders, NoPlaceholders, required: false));

    private static ShortAnswerVocabulary ReadShortAnswers(JsonSection section)
    {
        var frequencies = new Dictionary<RunFrequency, IReadOnlyList<string>>();
        if (section.Section("frequency", "shortAnswers frequency") is { } frequency)
        {
            foreach (var value in Enum.GetValues<RunFrequency>())
            {
                var field = JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
                frequencies[value] = frequency.Strings(field);
            }
        }

        return new ShortAnswerVocabulary(
            section.Strings("yes"),
            section.Strings("no"),
            section.Strings("notSure"),
            section.Strings("partly"),
            section.Strings("acknowledgement"),
            section.Strings("fillers", required: false),
            section.Strings("corrections"),
            section.Strings("qualifiers", required: false),
            frequencies);
    }
}
