using System.Globalization;
using SpineBot.Content.Causes;
using SpineBot.Content.Loading;
using SpineBot.Triage.Reports;

namespace SpineBot.Content.Questions;

/// <summary>Checks questions.json: the shared choice sets and the questions.</summary>
internal static class QuestionsFile
{
    public const string Name = "questions.json";

    /// <summary>The most cause questions asked in one conversation ("mostCauseQuestions"): a few, never a form.</summary>
    public const int MostCauseQuestionsAllowed = 10;

    public static (IReadOnlyDictionary<string, ChoiceSet> ChoiceSets, IReadOnlyList<QuestionContent> Questions, int MostCauseQuestions) Read(
        QuestionsJson json,
        ContentEntry root,
        IReadOnlyList<CauseContent>? causes)
    {
        var sets = ReadChoiceSets(json, root);
        var questions = new List<QuestionContent>();
        foreach (var (item, entry) in root.Items(json.Questions, "questions", (question, index) => ContentEntry.NameOf("question", question.Id, index)))
        {
            var question = new QuestionContent
            {
                Id = item.Word(entry.Id, "id"),
                Slot = item.Word(entry.Slot, "slot"),
                About = item.Word(entry.About, "about"),
                Prompt = item.Text(entry.Prompt, "prompt"),
                RetryPrompt = item.Text(entry.RetryPrompt, "retryPrompt"),
                Plain = item.Text(entry.Plain, "plain"),
                Choices = ContentEntry.Optional(entry.Choices) is { } setId ? FindSet(item, sets, setId, "choices") : null,
                Range = entry.Number is { } number
                    ? new NumberRange(item.Integer(number.Min, "min", 0, 1000), item.Integer(number.Max, "max", 0, 1000))
                    : null,
            };
            Check(item, entry, question, causes, questions);
            questions.Add(question);
        }

        return (sets, questions, root.Integer(json.MostCauseQuestions, "mostCauseQuestions", 1, MostCauseQuestionsAllowed));
    }

    /// <summary>Finds a choice set named by another file (red-flags.json, callback.json).</summary>
    public static ChoiceSet? FindSet(ContentEntry entry, IReadOnlyDictionary<string, ChoiceSet>? sets, string setId, string field)
    {
        if (sets is null)
        {
            return null;
        }

        if (sets.TryGetValue(setId, out var set))
        {
            return set;
        }

        entry.Problem($"field '{field}': choice set '{setId}' does not exist in questions.json");
        return null;
    }

    private static Dictionary<string, ChoiceSet> ReadChoiceSets(QuestionsJson json, ContentEntry root)
    {
        var sets = new Dictionary<string, ChoiceSet>(StringComparer.Ordinal);
        if (root.Section(json.ChoiceSets, "choiceSets", "choiceSets") is not { } section)
        {
            return sets;
        }

        foreach (var (setId, set) in json.ChoiceSets!)
        {
            var choices = new List<Choice>();
            foreach (var (item, entry) in section.Items(set, setId, (_, index) => $"choice set '{setId}' choice #{index}"))
            {
                var choice = new Choice
                {
                    Value = item.Word(entry.Value, "value"),
                    Title = item.Text(entry.Title, "title"),
                    Synonyms = item.Strings(entry.Synonyms, "synonyms", required: false),
                    Phrase = entry.Phrase is not null ? item.Text(entry.Phrase, "phrase") : null,
                };
                if (choices.Any(other => other.Title == choice.Title))
                {
                    item.Problem($"the title '{choice.Title}' is used twice in this set");
                }

                choices.Add(choice);
            }

            sets[setId] = new ChoiceSet(setId, choices);
        }

        return sets;
    }

    private static void Check(ContentEntry item, QuestionJson entry, QuestionContent question, IReadOnlyList<CauseContent>? causes, List<QuestionContent> earlier)
    {
        if (question.Id.Length > 0 && earlier.Any(other => other.Id == question.Id))
        {
            item.Problem("the id is used by another question");
        }

        if (question.About.Length > 0 && question.About != QuestionContent.AboutSymptoms && causes is not null
            && causes.All(cause => cause.Id != question.About))
        {
            item.Problem($"field 'about': cause '{question.About}' does not exist in causes.json (or use '{QuestionContent.AboutSymptoms}')");
        }

        if (question.Slot.Length > 0 && !ReportSlots.IsKnown(question.Slot))
        {
            item.Problem($"field 'slot': unknown slot '{question.Slot}' (known: {string.Join(", ", ReportSlots.All)})");
            return;
        }

        if ((entry.Choices is not null) == (entry.Number is not null))
        {
            item.Problem("a question needs either 'choices' or 'number', not both");
        }

        foreach (var choice in question.Choices?.Choices ?? [])
        {
            if (question.Slot.Length > 0 && choice.Value.Length > 0 && !ReportSlots.IsValidValue(question.Slot, choice.Value))
            {
                item.Problem($"choice '{choice.Title}' has value '{choice.Value}', which slot '{question.Slot}' does not accept");
            }
        }

        if (question.Range is { } range && (range.Minimum > range.Maximum
            || !ReportSlots.IsValidValue(question.Slot, range.Minimum.ToString(CultureInfo.InvariantCulture))
            || !ReportSlots.IsValidValue(question.Slot, range.Maximum.ToString(CultureInfo.InvariantCulture))))
        {
            item.Problem($"field 'number': the range {range.Minimum}-{range.Maximum} does not suit slot '{question.Slot}'");
        }
    }
}
