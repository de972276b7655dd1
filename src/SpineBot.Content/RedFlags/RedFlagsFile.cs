using SpineBot.Content.Loading;
using SpineBot.Content.Questions;
using SpineBot.Content.Templates;
using SpineBot.Triage.RedFlags;

namespace SpineBot.Content.RedFlags;

/// <summary>Reads red-flags.json: the warning-sign rules, their descriptions and the emergency wording.</summary>
internal static class RedFlagsFile
{
    public const string Name = "red-flags.json";

    public static RedFlagsFileContent Read(JsonSection root, IReadOnlyDictionary<string, ChoiceSet>? choiceSets)
    {
        var rules = new List<RedFlagRule>();
        var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in root.Items("flags", (element, index) => JsonSection.NameOf("flag", element, index)))
        {
            var id = item.Word("id");
            if (id.Length > 0 && descriptions.ContainsKey(id))
            {
                item.Problem("the id is used by another flag");
            }

            descriptions[id] = item.Text("description");
            rules.Add(new RedFlagRule(id, item.Patterns("patterns", [], []), item.Patterns("exceptions", [], [], required: false)));
        }

        var emergency = root.Section("emergency", "emergency");
        var messages = new EmergencyMessages
        {
            Title = emergency?.Text("title") ?? string.Empty,
            Message = emergency?.Template("message", "flags") ?? EmptyTemplate,
            ScreeningMessage = emergency?.Text("screeningMessage") ?? string.Empty,
            Action = emergency?.Text("action") ?? string.Empty,
            CallButton = emergency?.Text("callButton") ?? string.Empty,
            Closing = emergency?.Text("closing") ?? string.Empty,
        };
        if (emergency is not null && !messages.Message.Placeholders.Contains("flags"))
        {
            emergency.Problem("field 'message' must say which warning signs were found, with {flags}");
        }

        return new RedFlagsFileContent(rules, descriptions, messages, ReadSafetyCheck(root, choiceSets));
    }

    private static MessageTemplate EmptyTemplate => MessageTemplate.Parse(string.Empty, []);

    private static SafetyCheckQuestion? ReadSafetyCheck(JsonSection root, IReadOnlyDictionary<string, ChoiceSet>? choiceSets)
    {
        if (!root.Has("screening") || root.Section("screening", "screening") is not { } screening)
        {
            return null;
        }

        var prompt = screening.Text("prompt");
        var retry = screening.Text("retryPrompt");
        var unsure = screening.Text("unsureMessage");
        var choices = QuestionsFile.FindSet(screening, choiceSets, screening.Word("choices"), "choices");
        return choices is null
            ? null
            : new SafetyCheckQuestion { Prompt = prompt, RetryPrompt = retry, UnsureMessage = unsure, Choices = choices };
    }
}
