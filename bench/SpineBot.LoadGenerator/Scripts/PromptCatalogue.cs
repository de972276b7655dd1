using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SpineBot.LoadGenerator.Scripts;

/// <summary>
/// Recognises which question a bot's reply asks, from the clinic's content files (dialogs/en): every question's
/// prompt and retry prompt, the welcome's start prompt (answered with the story), the safety check, the hand-off and
/// call-back offers, the call-back questions and "was this helpful?". Placeholders in a template match any text.
/// </summary>
internal sealed partial class PromptCatalogue
{
    public const string StoryPromptId = "story";

    /// <summary>The safety check's id; each of its groups is asked as <c>safety-check/&lt;group id&gt;</c>.</summary>
    public const string SafetyCheckId = "safety-check";

    private readonly List<(string Id, Regex Pattern)> _prompts = [];
    private readonly List<Regex> _closings = [];

    public PromptCatalogue(string dialogsLanguageFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogsLanguageFolder);
        var clinic = Read(dialogsLanguageFolder, "clinic.json");
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["clinicName"] = Text(clinic, "name"),
            ["clinicCity"] = Text(clinic, "city"),
            ["clinicPhone"] = Text(clinic, "phone"),
            ["emergencyNumber"] = Text(clinic, "emergencyNumber"),
            ["botName"] = Text(clinic, "botName"),
        };

        var questions = Read(dialogsLanguageFolder, "questions.json");
        foreach (var question in questions["questions"]!.AsArray())
        {
            var id = Text(question, "id");
            Add(id, Text(question, "prompt"), values);
            Add(id, Text(question, "retryPrompt"), values);
        }

        // The safety check asks its groups one after another, whatever their number and order in the content: each
        // group is its own question ("safety-check/<group id>"), answered by the script's answer to that group or
        // else by its "safety-check" answer. The group's own wording is tried before the check's opening sentence,
        // which may share a bubble with the first group.
        var screening = Read(dialogsLanguageFolder, "red-flags.json")["screening"];
        foreach (var group in screening?["groups"]?.AsArray() ?? [])
        {
            Add(SafetyCheckId + "/" + Text(group, "id"), Text(group, "prompt"), values);
        }

        Add(SafetyCheckId, Text(screening, "prompt"), values);
        Add(SafetyCheckId, Text(screening, "retryPrompt"), values);
        Add(SafetyCheckId, Text(screening, "nudge"), values);

        var callback = Read(dialogsLanguageFolder, "callback.json");
        foreach (var (key, id) in new[]
        {
            ("offer", "callback-offer"), ("namePrompt", "callback-name"), ("nameRetry", "callback-name"),
            ("phonePrompt", "callback-phone"), ("phoneRetry", "callback-phone"), ("bestTimePrompt", "callback-best-time"),
            ("bestTimeRetry", "callback-best-time"), ("consentPrompt", "callback-consent"), ("consentRetry", "callback-consent"),
        })
        {
            Add(id, Text(callback, key), values);
        }

        var handoff = Read(dialogsLanguageFolder, "handoff.json");
        Add("handoff-offer", Text(handoff, "offer"), values);

        var messages = Read(dialogsLanguageFolder, "messages.json");
        Add("feedback", Text(messages["feedback"], "question"), values);
        Add(StoryPromptId, Text(messages["welcome"], "startPrompt"), values);
        if (messages["persistentPain"] is { } persistentPain)
        {
            Add("persistent-pain-offer", Text(persistentPain, "prompt"), values);
        }

        foreach (var closing in new[] { Text(messages["feedback"], "thanksYes"), Text(messages["feedback"], "thanksNo"), Text(messages, "startAgainOffer"), Text(messages, "goodbye") })
        {
            _closings.Add(Compile(closing, values));
        }
    }

    /// <summary>Whether one of the replies is one of the conversation's closing lines (feedback thanks, the offer to start again, goodbye).</summary>
    public bool IsClosing(IReadOnlyList<string> replyTexts)
    {
        ArgumentNullException.ThrowIfNull(replyTexts);
        return replyTexts.Any(text => !string.IsNullOrEmpty(text) && _closings.Exists(pattern => pattern.IsMatch(text)));
    }

    /// <summary>The id of the question the replies end with (the last recognised one), or null.</summary>
    public string? Recognise(IReadOnlyList<string> replyTexts)
    {
        ArgumentNullException.ThrowIfNull(replyTexts);
        for (var i = replyTexts.Count - 1; i >= 0; i--)
        {
            var text = replyTexts[i];
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            foreach (var (id, pattern) in _prompts)
            {
                if (pattern.IsMatch(text))
                {
                    return id;
                }
            }
        }

        return null;
    }

    private void Add(string id, string template, Dictionary<string, string> values) => _prompts.Add((id, Compile(template, values)));

    private static Regex Compile(string template, Dictionary<string, string> values)
    {
        var filled = Placeholder().Replace(template, match =>
            values.TryGetValue(match.Groups[1].Value, out var value) ? value : "\u0001");
        var pattern = string.Join(".*?", filled.Split('\u0001').Select(Regex.Escape));
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }

    private static JsonNode Read(string folder, string file)
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        return JsonNode.Parse(File.ReadAllText(Path.Combine(folder, file)), documentOptions: options)
            ?? throw new InvalidOperationException($"{file} is empty.");
    }

    private static string Text(JsonNode? node, string property) =>
        node?[property]?.GetValue<string>() ?? throw new InvalidOperationException($"The content has no '{property}' where the bench expects it.");

    [GeneratedRegex(@"\{(\w+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
