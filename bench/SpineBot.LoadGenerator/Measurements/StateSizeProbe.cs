using Microsoft.Data.Sqlite;

namespace SpineBot.LoadGenerator.Measurements;

/// <summary>
/// Reads a bot's SQLite file (table <c>bot_state</c>: key, etag, json) and sums, per conversation that played its
/// whole script, the UTF-8 size of the JSON of every key naming it: its conversation state and its runner's user
/// state (keys are <c>{channel}/conversations/{id}</c> and <c>{channel}/users/{id}-user</c>, with a trailing slash
/// in the JavaScript SDK). Conversations of this bench (ids <c>bench-...</c>) that did not finish are measured apart.
/// </summary>
internal static class StateSizeProbe
{
    private const string SizesSql = "SELECT key, length(CAST(json AS BLOB)) FROM bot_state;";
    private const string BenchPrefix = "bench-";

    public static StateSize Measure(string? databasePath, IReadOnlyCollection<string> conversationIds)
    {
        ArgumentNullException.ThrowIfNull(conversationIds);
        if (databasePath is null || !File.Exists(databasePath) || conversationIds.Count == 0)
        {
            return StateSize.None;
        }

        var finished = conversationIds.ToHashSet(StringComparer.Ordinal);
        var bytesPerConversation = new Dictionary<string, double>(StringComparer.Ordinal);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = SizesSql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (ConversationOf(reader.GetString(0)) is { } conversation)
                {
                    bytesPerConversation[conversation] = bytesPerConversation.GetValueOrDefault(conversation) + reader.GetInt64(1);
                }
            }
        }

        var done = bytesPerConversation.Where(entry => finished.Contains(entry.Key)).Select(entry => entry.Value).Order().ToList();
        var unfinished = bytesPerConversation.Where(entry => !finished.Contains(entry.Key)).Select(entry => entry.Value).Order().ToList();
        return new StateSize(done.Count, Median(done), Max(done), unfinished.Count, Median(unfinished), Max(unfinished));
    }

    private static double Median(List<double> sorted) => sorted.Count == 0 ? double.NaN : sorted[(sorted.Count - 1) / 2];

    private static double Max(List<double> sorted) => sorted.Count == 0 ? double.NaN : sorted[^1];

    private static string? ConversationOf(string key)
    {
        foreach (var segment in key.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment.StartsWith(BenchPrefix, StringComparison.Ordinal))
            {
                return segment.EndsWith("-user", StringComparison.Ordinal) ? segment[..^"-user".Length] : segment;
            }
        }

        return null;
    }
}
