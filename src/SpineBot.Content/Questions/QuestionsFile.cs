using System.Globalization;
using SpineBot.Content.Causes;
using SpineBot.Content.Loading;
using SpineBot.Triage.Reports;

namespace SpineBot.Content.Questions;

/// <summary>Reads questions.json: the shared choice sets and the questions.</summary>
internal static class QuestionsFile
{
    public const string Name = "questions.json";

    /// <summary>The most cause questions asked in one conversation ("mostCauseQuestions"): a few, never a form.</summary>
    public const int MostCauseQuestionsAllowed = 10;

    public static (IReadOnlyDictionary<string, ChoiceSet> ChoiceSets, IReadOnlyList<QuestionContent> Questions, int MostCauseQuestions) Read(
        JsonSection root,
        IReadOnlyList<CauseContent>? causes)
    {
        var sets = ReadChoiceSets(root);
        var questions = new List<QuestionContent>();
        foreach (var item in root.Items("questions", (element, index) => JsonSection.NameOf("question", element, index)))
        {
            var question = new QuestionContent
            {
                Id = item.Word("id"),
                Slot = item.Word("slot"),
                About = item.Word("about"),
                Prompt = item.Text("prompt"),
                RetryPrompt = item.Text("retryPrompt"),
                Plain = item.Text("plain"),
                Choices = item.OptionalWord("choices") is { } setId ? FindSet(item, sets, setId, "choices") : null,
                Range = item.Has("number") && item.Section("number", item.Entry) is { } number
                    ? new NumberRange(number.Integer("min", 0, 1000), number.Integer("max", 0, 1000))
                    : null,
            };
            Check(item, question, causes, questions);
            questions.Add(question);
        }

        return (sets, questions, root.Integer("mostCauseQuestions", 1, MostCauseQuestionsAllowed));
    }

    /// <summary>Finds a choice set named by another file (red-flags.json, callback.json).</summary>
    public static ChoiceSet? FindSet(JsonSection section, IReadOnlyDictionary<string, ChoiceSet>? sets, string setId, string field)
    {
        if (sets is null)
        {
            return null;
        }

        if (sets.TryGetValue(setId, out var set))
        {
            return set;
        }

        section.Problem($"field '{field}': choice set '{setId}' does not exist in questions.json");
        return null;
    }

    private static Dictionary<string, ChoiceSet> ReadChoiceSets(JsonSection root)
    {
        var sets = new Dictionary<string, ChoiceSet>(StringComparer.Ordinal);
        if (root.Section("choiceSets", "choiceSets") is not { } section)
        {
            return sets;
        }

        foreach (var (setId, _) in section.OwnMembers())
        {
            var choices = new List<Choice>();
            foreach (var item in section.Items(setId, (element, index) => $"choice set '{setId}' choice #{index}"))
            {
                var choice = new Choice
                {
                    Value = item.Word("value"),
                    Title = item.Text("title"),
                    Synonyms = item.Strings("synonyms", required: false),
                    Phrase = item.Has("phrase") ? item.Text("phrase") : null,
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

    private static void Check(JsonSection item, QuestionContent question, IReadOnlyList<CauseContent>? causes, List<QuestionContent> earlier)
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

        if (item.Has("choices") == item.Has("number"))
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
