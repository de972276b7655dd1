using System.Text.RegularExpressions;
using SpineBot.Content.Clinic;
using SpineBot.Content.Loading;
using SpineBot.Triage.Understanding;

namespace SpineBot.Content.Answers;

/// <summary>Checks answers.json: the runner's questions and asides, how they are asked, and the short-answer lists.</summary>
internal static class AnswersFile
{
    public const string Name = "answers.json";

    /// <summary>The longest answer, in words: one bubble on a phone.</summary>
    public const int MaxWords = 60;

    private static readonly string[] NoPlaceholders = [];

    public static RunnerAnswers? Read(AnswersJson json, ContentEntry root, ClinicDetails? clinic)
    {
        var sources = ReadSources(json, root);
        var form = root.Section(json.QuestionForm, "questionForm", "questionForm") is { } formSection ? ReadForm(json.QuestionForm!, formSection) : null;
        var entries = new List<RunnerAnswer>();
        var rules = new List<RunnerQuestionRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, answer) in root.Items(json.Answers, "answers", (answer, index) => ContentEntry.NameOf("answer", answer.Id, index)))
        {
            var id = item.Word(answer.Id, "id");
            if (id.Length > 0 && !ids.Add(id))
            {
                item.Problem($"the id '{id}' is used twice");
            }

            rules.Add(ReadRule(item, answer, id));
            entries.Add(new RunnerAnswer(id, ReadSourceRefs(item, answer.Source, sources), ReadTexts(item, answer, clinic)));
        }

        foreach (var missing in AnswerIds.Required.Where(required => !ids.Contains(required)))
        {
            root.Problem($"answer '{missing}' is missing (every language needs it)");
        }

        var unknown = root.Section(json.UnknownQuestion, "unknownQuestion", "unknownQuestion") is { } unknownSection
            ? new RunnerAnswer(
                AnswerIds.UnknownQuestion,
                ReadSourceRefs(unknownSection, json.UnknownQuestion!.Source, sources),
                Same(Checked(unknownSection, json.UnknownQuestion.Answer, "answer")))
            : null;
        var vocabulary = root.Section(json.ShortAnswers, "shortAnswers", "shortAnswers") is { } shortSection
            ? ReadShortAnswers(json.ShortAnswers!, shortSection)
            : null;
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

    private static Dictionary<string, string> ReadSources(AnswersJson json, ContentEntry root)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in root.Members(json.Sources, "sources"))
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                sources[name] = value.Trim();
            }
            else
            {
                root.Problem($"source '{name}' must be the source's full title");
            }
        }

        return sources;
    }

    private static List<string> ReadSourceRefs(ContentEntry item, IReadOnlyList<string>? source, Dictionary<string, string> sources)
    {
        var titles = new List<string>();
        foreach (var reference in item.Strings(source, "source"))
        {
            if (sources.TryGetValue(reference.Trim(), out var title))
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

    private static RunnerQuestionRule ReadRule(ContentEntry item, AnswerJson answer, string id)
    {
        var phrases = item.Strings(answer.Phrases, "phrases", required: false);
        var patterns = item.Patterns(answer.Patterns, "patterns", NoPlaceholders, NoPlaceholders, required: false);
        var anywhere = item.Patterns(answer.Anywhere, "anywhere", NoPlaceholders, NoPlaceholders, required: false);
        var alone = item.Strings(answer.Alone, "alone", required: false);
        var exceptions = item.Patterns(answer.Exceptions, "exceptions", NoPlaceholders, NoPlaceholders, required: false);
        if (phrases.Count + patterns.Count + anywhere.Count + alone.Count == 0)
        {
            item.Problem("the answer needs at least one of 'phrases', 'patterns', 'anywhere' or 'alone'");
        }

        return new RunnerQuestionRule(id, phrases, patterns, anywhere, alone, exceptions);
    }

    private static Dictionary<AnswerSituation, string> ReadTexts(ContentEntry item, AnswerJson answer, ClinicDetails? clinic)
    {
        if (answer.BySituation is { } bySituation)
        {
            if (answer.Answer is not null)
            {
                item.Problem("give either 'answer' or 'bySituation', not both");
            }

            var section = item.Child($"{item.Entry} bySituation");
            return new Dictionary<AnswerSituation, string>
            {
                [AnswerSituation.NothingConcerning] = Checked(section, bySituation.NothingConcerning, "nothing-concerning"),
                [AnswerSituation.WorthEvaluating] = Checked(section, bySituation.WorthEvaluating, "worth-evaluating"),
                [AnswerSituation.Urgent] = Checked(section, bySituation.Urgent, "urgent"),
            };
        }

        if (ContentEntry.Optional(answer.Fact) is not { } fact)
        {
            return Same(Checked(item, answer.Answer, "answer"));
        }

        string? value = fact switch
        {
            "address" => clinic?.Address,
            "hours" => clinic?.Hours,
            "insurance" => clinic?.Insurance,
            _ => Unknown(item, fact),
        };
        var whenUnknown = Checked(item, answer.WhenUnknown, "whenUnknown");
        var template = item.Template(answer.Answer, "answer", "fact");
        var text = string.IsNullOrWhiteSpace(value) ? whenUnknown : template.Render("fact", value);
        CheckLength(item, "answer", text);
        return Same(text);
    }

    private static string? Unknown(ContentEntry item, string fact)
    {
        item.Problem($"field 'fact' must be 'address', 'hours' or 'insurance', not '{fact}'");
        return null;
    }

    private static string Checked(ContentEntry section, string? value, string field)
    {
        var text = section.Text(value, field);
        CheckLength(section, field, text);
        return text;
    }

    private static void CheckLength(ContentEntry section, string field, string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > MaxWords)
        {
            section.Problem($"field '{field}' has {words} words; an answer must fit one phone bubble ({MaxWords} words at most)");
        }
    }

    private static Dictionary<AnswerSituation, string> Same(string text) =>
        Enum.GetValues<AnswerSituation>().ToDictionary(situation => situation, _ => text);

    private static QuestionForm ReadForm(QuestionFormJson json, ContentEntry section) => new(
        section.Strings(json.Fillers, "fillers", required: false),
        section.Patterns(json.Openers, "openers", NoPlaceholders, NoPlaceholders),
        section.Patterns(json.Cues, "cues", NoPlaceholders, NoPlaceholders, required: false),
        section.Patterns(json.Hints, "hints", NoPlaceholders, NoPlaceholders, required: false),
        section.Patterns(json.StatementOpeners, "statementOpeners", NoPlaceholders, NoPlaceholders, required: false));

    private static ShortAnswerVocabulary ReadShortAnswers(ShortAnswersJson json, ContentEntry section)
    {
        var frequencies = new Dictionary<RunFrequency, IReadOnlyList<string>>();
        if (section.Section(json.Frequency, "frequency", "shortAnswers frequency") is { } frequency)
        {
            var words = json.Frequency!;
            frequencies[RunFrequency.Always] = frequency.Strings(words.Always, "always");
            frequencies[RunFrequency.Often] = frequency.Strings(words.Often, "often");
            frequencies[RunFrequency.Sometimes] = frequency.Strings(words.Sometimes, "sometimes");
            frequencies[RunFrequency.Rarely] = frequency.Strings(words.Rarely, "rarely");
            frequencies[RunFrequency.Never] = frequency.Strings(words.Never, "never");
        }

        return new ShortAnswerVocabulary(
            section.Strings(json.Yes, "yes"),
            section.Strings(json.No, "no"),
            section.Strings(json.NotSure, "notSure"),
            section.Strings(json.Partly, "partly"),
            section.Strings(json.Acknowledgement, "acknowledgement"),
            section.Strings(json.Fillers, "fillers", required: false),
            section.Strings(json.Corrections, "corrections"),
            section.Strings(json.Qualifiers, "qualifiers", required: false),
            frequencies);
    }
}
