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

    private readonly List<(string Id, Regex Pattern)> _prompts = [];

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

        var redFlags = Read(dialogsLanguageFolder, "red-flags.json");
        Add("safety-check", Text(redFlags["screening"], "prompt"), values);
        Add("safety-check", Text(redFlags["screening"], "retryPrompt"), values);

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

    private void Add(string id, string template, Dictionary<string, string> values)
    {
        var filled = Placeholder().Replace(template, match =>
            values.TryGetValue(match.Groups[1].Value, out var value) ? value : "\u0001");
        var pattern = string.Join(".*?", filled.Split('\u0001').Select(Regex.Escape));
        _prompts.Add((id, new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1))));
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
