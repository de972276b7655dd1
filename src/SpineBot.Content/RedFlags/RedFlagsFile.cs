using SpineBot.Content.Loading;
using SpineBot.Content.Questions;
using SpineBot.Content.Templates;
using SpineBot.Triage.Language;
using SpineBot.Triage.Levels;
using SpineBot.Triage.RedFlags;

namespace SpineBot.Content.RedFlags;

/// <summary>
/// Checks red-flags.json: the sources, the named pattern pieces ("words"), the graded warning signs, the risk factors,
/// the combinations, what each level says, the emergency wording and the safety check.
/// </summary>
internal static class RedFlagsFile
{
    public const string Name = "red-flags.json";

    public static RedFlagsFileContent Read(RedFlagsJson json, ContentEntry root, IReadOnlyDictionary<string, ChoiceSet>? choiceSets)
    {
        var sources = root.Members(json.Sources, "sources").ToDictionary(member => member.Key, member => member.Value ?? string.Empty, StringComparer.Ordinal);
        foreach (var (id, _) in sources.Where(source => string.IsNullOrWhiteSpace(source.Value)))
        {
            root.Problem($"source '{id}' needs its full citation title");
        }

        var words = ReadWords(json, root);
        var macros = words.Keys.ToList();
        var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new List<RedFlagRule>();
        foreach (var (item, flag) in root.Items(json.Flags, "flags", (flag, index) => ContentEntry.NameOf("flag", flag.Id, index)))
        {
            var id = UniqueId(item, flag.Id, descriptions);
            descriptions[id] = item.Text(flag.Description, "description");
            var patterns = item.Patterns(flag.Patterns, "patterns", macros, []);
            var exceptions = item.Patterns(flag.Exceptions, "exceptions", macros, [], required: false);
            flags.Add(new RedFlagRule(id, LevelOf(item, flag.Level), SourceOf(item, flag.Source, sources), descriptions[id], patterns, exceptions)
            {
                CountsWhenPast = flag.CountsWhenPast == true,
            });
        }

        var risks = new List<RiskFactorRule>();
        foreach (var (item, risk) in root.Items(json.RiskFactors, "riskFactors", (risk, index) => ContentEntry.NameOf("risk factor", risk.Id, index)))
        {
            var id = UniqueId(item, risk.Id, descriptions);
            descriptions[id] = item.Text(risk.Description, "description");
            risks.Add(new RiskFactorRule(id, descriptions[id], item.Patterns(risk.Patterns, "patterns", macros, []), item.Patterns(risk.Exceptions, "exceptions", macros, [], required: false))
            {
                CountsWhenPast = risk.CountsWhenPast == true,
            });
        }

        var known = new HashSet<string>(descriptions.Keys, StringComparer.Ordinal);
        var combinations = new List<RedFlagCombination>();
        foreach (var (item, combination) in root.Items(json.Combinations, "combinations", (combination, index) => ContentEntry.NameOf("combination", combination.Id, index)))
        {
            var id = UniqueId(item, combination.Id, descriptions);
            var when = item.Strings(combination.When, "when");
            foreach (var unknown in when.Where(part => !known.Contains(part)))
            {
                item.Problem($"field 'when' names '{unknown}', which is no flag or risk factor");
            }

            if (when.Count < 2)
            {
                item.Problem("field 'when' needs at least two flags or risk factors");
            }

            descriptions[id] = item.Text(combination.Description, "description");
            combinations.Add(new RedFlagCombination(id, when, LevelOf(item, combination.Level), SourceOf(item, combination.Source, sources), descriptions[id]));
        }

        var rules = new RedFlagRuleSet(flags, risks, combinations) { Words = words };
        var levels = LevelsSection.Read(json.Levels, root, sources);
        return new RedFlagsFileContent(rules, descriptions, sources, levels, ReadEmergency(json.Emergency, root), ReadSafetyCheck(json.Screening, root, choiceSets, sources))
        {
            Latch = json.Latch is { } latch ? LatchSection.Read(latch, root.Child("latch")) : null,
        };
    }

    /// <summary>The "source" field: an id of the file's sources.</summary>
    public static string SourceOf(ContentEntry item, string? value, IReadOnlyDictionary<string, string> sources)
    {
        var source = item.Word(value, "source");
        if (source.Length > 0 && !sources.ContainsKey(source))
        {
            item.Problem($"field 'source' names '{source}', which is not in 'sources'");
        }

        return source;
    }

    private static TriageLevel LevelOf(ContentEntry item, string? value)
    {
        var name = item.Word(value, "level");
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

    private static string UniqueId(ContentEntry item, string? value, Dictionary<string, string> taken)
    {
        var id = item.Word(value, "id");
        if (id.Length > 0 && taken.ContainsKey(id))
        {
            item.Problem("the id is used by another flag, risk factor or combination");
        }

        return id;
    }

    private static Dictionary<string, string> ReadWords(RedFlagsJson json, ContentEntry root)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        if (json.Words is null)
        {
            return words;
        }

        foreach (var (name, value) in root.Members(json.Words, "words"))
        {
            var pattern = value ?? string.Empty;
            if (RulePatterns.FindProblem(pattern, [], []) is { } problem)
            {
                root.Problem($"words '{name}': {problem}");
            }

            words[name] = $"(?:{pattern})";
        }

        return words;
    }

    private static EmergencyMessages ReadEmergency(EmergencyJson? json, ContentEntry root)
    {
        var emergency = root.Section(json, "emergency", "emergency");
        var messages = new EmergencyMessages
        {
            Title = emergency?.Text(json!.Title, "title") ?? string.Empty,
            Message = emergency?.Template(json!.Message, "message", "flags") ?? EmptyTemplate,
            ScreeningMessage = emergency?.Text(json!.ScreeningMessage, "screeningMessage") ?? string.Empty,
            Action = emergency?.Text(json!.Action, "action") ?? string.Empty,
            CallButton = emergency?.Text(json!.CallButton, "callButton") ?? string.Empty,
            Closing = emergency?.Text(json!.Closing, "closing") ?? string.Empty,
        };
        if (emergency is not null && !messages.Message.Placeholders.Contains("flags"))
        {
            emergency.Problem("field 'message' must say which warning signs were found, with {flags}");
        }

        return messages;
    }

    private static MessageTemplate EmptyTemplate => MessageTemplate.Parse(string.Empty, []);

    private static SafetyCheckQuestion? ReadSafetyCheck(
        ScreeningJson? json, ContentEntry root, IReadOnlyDictionary<string, ChoiceSet>? choiceSets, IReadOnlyDictionary<string, string> sources)
    {
        if (json is null)
        {
            return null;
        }

        var screening = root.Child("screening");
        var prompt = screening.Text(json.Prompt, "prompt");
        var retry = screening.Text(json.RetryPrompt, "retryPrompt");
        var unsure = screening.Text(json.UnsureMessage, "unsureMessage");
        var choices = QuestionsFile.FindSet(screening, choiceSets, screening.Word(json.Choices, "choices"), "choices");
        return choices is null
            ? null
            : new SafetyCheckQuestion
            {
                Prompt = prompt,
                RetryPrompt = retry,
                UnsureMessage = unsure,
                Nudge = json.Nudge is not null ? screening.Text(json.Nudge, "nudge") : retry,
                Groups = ReadSafetyGroups(json, screening, sources),
                Choices = choices,
            };
    }

    private static List<SafetyCheckGroup> ReadSafetyGroups(ScreeningJson json, ContentEntry screening, IReadOnlyDictionary<string, string> sources)
    {
        if (json.Groups is null)
        {
            return [];
        }

        return screening.Items(json.Groups, "groups", (group, index) => ContentEntry.NameOf("safety check group", group.Id, index))
            .Select(pair => pair.Item.Which is not null
                ? SafetyCheckWhichSection.Read(pair.Entry, pair.Item, sources, LevelOf, SourceOf)
                : new SafetyCheckGroup(
                    pair.Entry.Word(pair.Item.Id, "id"),
                    LevelOf(pair.Entry, pair.Item.Level),
                    SourceOf(pair.Entry, pair.Item.Source, sources),
                    pair.Entry.Text(pair.Item.Prompt, "prompt"),
                    pair.Entry.Text(pair.Item.Reasons, "reasons")) { Plain = pair.Entry.Text(pair.Item.Plain, "plain") })
            .ToList();
    }
}
