using System.Text.Json;
using SpineBot.Content.Loading;
using SpineBot.Content.Questions;
using SpineBot.Content.Templates;
using SpineBot.Triage.Language;
using SpineBot.Triage.Levels;
using SpineBot.Triage.RedFlags;

namespace SpineBot.Content.RedFlags;

/// <summary>
/// Reads red-flags.json: the sources, the named pattern pieces ("words"), the graded warning signs, the risk factors,
/// the combinations, what each level says, the emergency wording and the safety check.
/// </summary>
internal static class RedFlagsFile
{
    public const string Name = "red-flags.json";

    public static RedFlagsFileContent Read(JsonSection root, IReadOnlyDictionary<string, ChoiceSet>? choiceSets)
    {
        var sources = root.Members("sources").ToDictionary(
            member => member.Name,
            member => member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString() ?? string.Empty : string.Empty,
            StringComparer.Ordinal);
        foreach (var (id, title) in sources.Where(source => string.IsNullOrWhiteSpace(source.Value)))
        {
            root.Problem($"source '{id}' needs its full citation title");
        }

        var words = ReadWords(root);
        var macros = words.Keys.ToList();
        var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new List<RedFlagRule>();
        foreach (var item in root.Items("flags", (element, index) => JsonSection.NameOf("flag", element, index)))
        {
            var id = UniqueId(item, descriptions);
            descriptions[id] = item.Text("description");
            flags.Add(new RedFlagRule(id, LevelOf(item), SourceOf(item, sources), descriptions[id], item.Patterns("patterns", macros, []), item.Patterns("exceptions", macros, [], required: false))
            {
                CountsWhenPast = CountsWhenPast(item),
            });
        }

        var risks = new List<RiskFactorRule>();
        foreach (var item in root.Items("riskFactors", (element, index) => JsonSection.NameOf("risk factor", element, index)))
        {
            var id = UniqueId(item, descriptions);
            descriptions[id] = item.Text("description");
            risks.Add(new RiskFactorRule(id, descriptions[id], item.Patterns("patterns", macros, []), item.Patterns("exceptions", macros, [], required: false))
            {
                CountsWhenPast = CountsWhenPast(item),
            });
        }

        var known = new HashSet<string>(descriptions.Keys, StringComparer.Ordinal);
        var combinations = new List<RedFlagCombination>();
        foreach (var item in root.Items("combinations", (element, index) => JsonSection.NameOf("combination", element, index)))
        {
            var id = UniqueId(item, descriptions);
            var when = item.Strings("when");
            foreach (var unknown in when.Where(part => !known.Contains(part)))
            {
                item.Problem($"field 'when' names '{unknown}', which is no flag or risk factor");
            }

            if (when.Count < 2)
            {
                item.Problem("field 'when' needs at least two flags or risk factors");
            }

            descriptions[id] = item.Text("description");
            combinations.Add(new RedFlagCombination(id, when, LevelOf(item), SourceOf(item, sources), descriptions[id]));
        }

        var rules = new RedFlagRuleSet(flags, risks, combinations) { Words = words };
        return new RedFlagsFileContent(rules, descriptions, sources, LevelsSection.Read(root, sources), ReadEmergency(root), ReadSafetyCheck(root, choiceSets, sources))
        {
            Latch = LatchSection.Read(root),
        };
    }

    /// <summary>The "source" field: an id of the file's sources.</summary>
    public static string SourceOf(JsonSection item, IReadOnlyDictionary<string, string> sources)
    {
        var source = item.Word("source");
        if (source.Length > 0 && !sources.ContainsKey(source))
        {
            item.Problem($"field 'source' names '{source}', which is not in 'sources'");
        }

        return source;
    }

    private static TriageLevel LevelOf(JsonSection item)
    {
        var name = item.Word("level");
        if (!TriageLevels.TryParse(name, out var level) || level == TriageLevel.SelfCare)
        {
            if (name.Length > 0)
            {
                item.Problem($"field 'level' must be one of {string.Join(", ", TriageLevels.AllNames.Skip(1))}");
            }

            return TriageLevel.Consultation24h;
        }

        return level;
    }

    private static bool CountsWhenPast(JsonSection item)
    {
        var value = item.OwnMembers().FirstOrDefault(member => member.Name == "countsWhenPast").Value;
        if (value.ValueKind is not JsonValueKind.Undefined and not JsonValueKind.True and not JsonValueKind.False)
        {
            item.Problem("field 'countsWhenPast' must be true or false");
        }

        return value.ValueKind == JsonValueKind.True;
    }

    private static string UniqueId(JsonSection item, Dictionary<string, string> taken)
    {
        var id = item.Word("id");
        if (id.Length > 0 && taken.ContainsKey(id))
        {
            item.Problem("the id is used by another flag, risk factor or combination");
        }

        return id;
    }

    private static Dictionary<string, string> ReadWords(JsonSection root)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!root.Has("words"))
        {
            return words;
        }

        foreach (var (name, value) in root.Members("words"))
        {
            var pattern = value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
            if (RulePatterns.FindProblem(pattern, [], []) is { } problem)
            {
                root.Problem($"words '{name}': {problem}");
            }

            words[name] = $"(?:{pattern})";
        }

        return words;
    }

    private static EmergencyMessages ReadEmergency(JsonSection root)
    {
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

        return messages;
    }

    private static MessageTemplate EmptyTemplate => MessageTemplate.Parse(string.Empty, []);

    private static SafetyCheckQuestion? ReadSafetyCheck(JsonSection root, IReadOnlyDictionary<string, ChoiceSet>? choiceSets, IReadOnlyDictionary<string, string> sources)
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
            : new SafetyCheckQuestion
            {
                Prompt = prompt,
                RetryPrompt = retry,
                UnsureMessage = unsure,
                Nudge = screening.Has("nudge") ? screening.Text("nudge") : retry,
                Groups = ReadSafetyGroups(screening, sources),
                Choices = choices,
            };
    }

    private static List<SafetyCheckGroup> ReadSafetyGroups(JsonSection screening, IReadOnlyDictionary<string, string> sources)
    {
        if (!screening.Has("groups"))
        {
            return [];
        }

        return screening.Items("groups", (element, index) => JsonSection.NameOf("safety check group", element, index))
            .Select(item => item.Has("which")
                ? SafetyCheckWhichSection.Read(item, sources, LevelOf, SourceOf)
                : new SafetyCheckGroup(item.Word("id"), LevelOf(item), SourceOf(item, sources), item.Text("prompt"), item.Text("reasons")) { Plain = item.Text("plain") })
            .ToList();
    }
}
