using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpineBot.LoadGenerator.Scripts;

/// <summary>
/// A whole triage conversation as the runner would type it, read from <c>bench/scripts/triage-*.json</c>.
/// <see cref="Lines"/> are sent in order to a bot whose questions the bench cannot recognise (the interim echo bot,
/// the echo floor); <see cref="Answers"/> answer a recognised question by its id (see <see cref="PromptCatalogue"/>),
/// so the script keeps working when the conversation asks its questions in another order or skips some.
/// </summary>
internal sealed class TriageScript
{
    private static readonly JsonSerializerOptions ReadOptions = new() { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    [JsonPropertyName("description")]
    public string Description { get; init; } = string.Empty;

    /// <summary>The runner's lines in order; the first is the story that opens the conversation.</summary>
    [JsonPropertyName("lines")]
    public IReadOnlyList<string> Lines { get; init; } = [];

    /// <summary>Answers by question id (questions.json ids, plus safety-check, feedback, handoff-offer, callback-offer...).</summary>
    [JsonPropertyName("answers")]
    public IReadOnlyDictionary<string, string> Answers { get; init; } = new Dictionary<string, string>();

    /// <summary>What to say to a recognised question the script has no answer for.</summary>
    [JsonPropertyName("fallback")]
    public string Fallback { get; init; } = "not sure";

    /// <summary>The story: the first line.</summary>
    public string Story => Lines[0];

    /// <summary>
    /// The answer to a question by its id; a safety-check group (<c>safety-check/nerves</c>) without its own answer
    /// gets the script's <c>safety-check</c> answer.
    /// </summary>
    public string AnswerTo(string promptId)
    {
        ArgumentNullException.ThrowIfNull(promptId);
        if (promptId == PromptCatalogue.StoryPromptId)
        {
            return Story;
        }

        if (Answers.TryGetValue(promptId, out var answer))
        {
            return answer;
        }

        var slash = promptId.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? Answers.GetValueOrDefault(promptId[..slash], Fallback) : Fallback;
    }

    public static IReadOnlyList<TriageScript> LoadAll(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var files = Directory.GetFiles(folder, "triage-*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"No triage-*.json scripts in {folder}.");
        }

        return files.Select(Load).ToList();
    }

    private static TriageScript Load(string path)
    {
        var script = JsonSerializer.Deserialize<TriageScript>(File.ReadAllText(path), ReadOptions)
            ?? throw new InvalidOperationException($"{path} is empty.");
        if (script.Lines.Count == 0 || script.Lines.Any(string.IsNullOrWhiteSpace))
        {
            throw new InvalidOperationException($"{path}: 'lines' must hold at least the story, and no empty line.");
        }

        return script;
    }
}
