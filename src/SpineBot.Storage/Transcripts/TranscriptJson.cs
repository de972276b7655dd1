using System.Text.Json;

namespace SpineBot.Storage.Transcripts;

/// <summary>How a <see cref="TranscriptEntry"/> is written as JSON in either backend.</summary>
internal static class TranscriptJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(TranscriptEntry entry) => JsonSerializer.Serialize(entry, Options);

    public static TranscriptEntry Deserialize(string json) =>
        JsonSerializer.Deserialize<TranscriptEntry>(json, Options)
        ?? throw new JsonException("A stored transcript entry is empty.");
}
