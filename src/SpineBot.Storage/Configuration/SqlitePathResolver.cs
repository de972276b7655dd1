using Microsoft.Extensions.Configuration;

namespace SpineBot.Storage.Configuration;

/// <summary>
/// Where the SQLite database file lives: <c>Storage:Sqlite:Path</c> if set (relative to the content root), else
/// <c>spinebot.db</c> in <c>SPINEBOT_DATA_DIR</c> (configuration or environment), else in
/// <c>{ContentRoot}/App_Data</c>.
/// </summary>
internal static class SqlitePathResolver
{
    public static string Resolve(SqliteStorageOptions options, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrEmpty(contentRoot);
        if (!string.IsNullOrWhiteSpace(options.Path))
        {
            return Path.GetFullPath(options.Path, contentRoot);
        }

        var dataDirectory = configuration[SqliteStorageOptions.DataDirectoryVariable];
        if (string.IsNullOrWhiteSpace(dataDirectory))
        {
            dataDirectory = Environment.GetEnvironmentVariable(SqliteStorageOptions.DataDirectoryVariable);
        }

        var folder = string.IsNullOrWhiteSpace(dataDirectory)
            ? Path.Combine(contentRoot, SqliteStorageOptions.DefaultFolder)
            : Path.GetFullPath(dataDirectory, contentRoot);
        return Path.Combine(folder, SqliteStorageOptions.DefaultFileName);
    }
}
