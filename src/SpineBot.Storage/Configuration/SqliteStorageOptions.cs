namespace SpineBot.Storage.Configuration;

/// <summary>The <c>Storage:Sqlite</c> configuration section.</summary>
internal sealed class SqliteStorageOptions
{
    public const string DefaultFileName = "spinebot.db";
    public const string DefaultFolder = "App_Data";
    public const string DataDirectoryVariable = "SPINEBOT_DATA_DIR";

    /// <summary>
    /// <c>Storage:Sqlite:Path</c>: the database file; relative to the content root. Default:
    /// <c>$SPINEBOT_DATA_DIR/spinebot.db</c>, else <c>{ContentRoot}/App_Data/spinebot.db</c>.
    /// </summary>
    public string? Path { get; set; }

    /// <summary><c>Storage:Sqlite:BusyTimeoutMilliseconds</c>: how long a write waits for another writer.</summary>
    public int BusyTimeoutMilliseconds { get; set; } = 5000;
}
