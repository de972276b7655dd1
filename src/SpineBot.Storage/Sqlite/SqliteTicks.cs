namespace SpineBot.Storage.Sqlite;

/// <summary>Instants are stored as UTC ticks: exact, and ordered as numbers.</summary>
internal static class SqliteTicks
{
    public static long From(DateTimeOffset instant) => instant.UtcTicks;

    public static DateTimeOffset ToInstant(long ticks) => new(ticks, TimeSpan.Zero);
}
