namespace SpineBot.Testing.Hosting;

/// <summary>
/// A fresh, empty folder for the bot's data (<c>SPINEBOT_DATA_DIR</c>: its SQLite database), deleted on dispose.
/// </summary>
public sealed class DataFolder : IDisposable
{
    public DataFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "spinebot-test-data-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>The database file the bot keeps there by default.</summary>
    public string DatabaseFile => System.IO.Path.Combine(Path, "spinebot.db");

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held open by a process that is going away; the temp folder is cleaned up later.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
