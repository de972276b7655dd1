using System.Text.Json;

namespace SpineBot.Conversation.Tests.Vignettes;

/// <summary>A written case vignette (vignettes.json): the opening story, facts by question slot, later messages, the expected level and cause.</summary>
internal sealed record Vignette(string Id, string Story, IReadOnlyDictionary<string, string> Facts, IReadOnlyList<string> Later, string Level, string? Cause)
{
    /// <summary>The fact the safety check's answers come from.</summary>
    public const string SafetyFact = "safety";

    public static IReadOnlyList<Vignette> All()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Vignettes", "vignettes.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return [.. document.RootElement.GetProperty("vignettes").EnumerateArray().Select(item => new Vignette(
            item.GetProperty("id").GetString()!,
            item.GetProperty("story").GetString()!,
            item.TryGetProperty("facts", out var facts) ? facts.EnumerateObject().ToDictionary(fact => fact.Name, fact => fact.Value.GetString()!) : [],
            item.TryGetProperty("later", out var later) ? [.. later.EnumerateArray().Select(message => message.GetString()!)] : [],
            item.GetProperty("level").GetString()!,
            item.TryGetProperty("cause", out var cause) ? cause.GetString() : null))];
    }
}
