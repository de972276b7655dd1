using SpineBot.Conversation.Records;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SpineBot.Storage.Sqlite;

/// <summary>
/// The embedded SQLite database file that holds bot state and the clinic's records: creates the file, its folder
/// and its tables on first use, and hands out one pooled connection per operation (WAL mode, a busy timeout).
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    /// <summary>SQLite's result code for a violated UNIQUE or PRIMARY KEY constraint.</summary>
    public const int ConstraintViolation = 19;

    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(5);

    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS bot_state (
            key TEXT NOT NULL PRIMARY KEY,
            etag TEXT NOT NULL,
            json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS callback_requests (
            id TEXT NOT NULL PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            name TEXT NOT NULL,
            phone TEXT NOT NULL,
            best_time TEXT NOT NULL,
            summary TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            done_at INTEGER NULL);
        CREATE INDEX IF NOT EXISTS callback_requests_created_at ON callback_requests (created_at);
        CREATE INDEX IF NOT EXISTS callback_requests_conversation ON callback_requests (conversation_id);
        CREATE TABLE IF NOT EXISTS feedback (
            id TEXT NOT NULL PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            helpful INTEGER NOT NULL,
            top_cause_id TEXT NULL,
            created_at INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS feedback_created_at ON feedback (created_at);
        CREATE INDEX IF NOT EXISTS feedback_conversation ON feedback (conversation_id);
        CREATE TABLE IF NOT EXISTS transcripts (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            json TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS transcripts_conversation ON transcripts (conversation_id, seq);
        CREATE INDEX IF NOT EXISTS transcripts_created_at ON transcripts (created_at);
        """;

    /// <summary>The call-back request's triage level and reasons (finding ids, comma-separated).</summary>
    private static readonly (string Column, string Definition)[] AddedColumns =
        [("level", "TEXT NOT NULL DEFAULT ''"), ("reasons", "TEXT NOT NULL DEFAULT ''")];

    private readonly string _connectionString;
    private readonly string _busyTimeoutPragma;
    private readonly Lock _creationGate = new();

    // SQLite takes one writer at a time. Queueing this process's writes here, asynchronously, keeps them from
    // spinning on the file's write lock on thread-pool threads (the busy timeout is then for other processes).
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private Task? _creation;

    public SqliteDatabase(string path, TimeSpan busyTimeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(busyTimeout, TimeSpan.Zero);
        Path = System.IO.Path.GetFullPath(path);
        // WAL with synchronous=NORMAL: a commit is durable once in the log, without an fsync per write.
        _busyTimeoutPragma = string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {(int)busyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL;");
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds)),
        }.ToString();
    }

    public void Dispose() => _writeGate.Dispose();

    /// <summary>The database file's full path.</summary>
    public string Path { get; }

    /// <summary>
    /// Runs <paramref name="work"/> on an open connection; SQLite and file-system failures become
    /// <see cref="StorageUnavailableException"/> (a violated primary key: <see cref="StorageConflictException"/> is the
    /// caller's to raise, see <see cref="ConstraintViolation"/>).
    /// </summary>
    public async Task<T> RunAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            await EnsureCreatedAsync(cancellationToken);
            await using var connection = await OpenAsync(cancellationToken);
            return await work(connection);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode != ConstraintViolation)
        {
            throw new StorageUnavailableException(
                $"The SQLite database '{Path}' could not complete the operation (SQLite error {exception.SqliteErrorCode}).", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException($"The SQLite database '{Path}' could not be opened.", exception);
        }
    }

    /// <summary>Like <see cref="RunAsync{T}"/>, for work that writes: one writer of this process at a time.</summary>
    public async Task<T> RunWriteAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            return await RunAsync(work, cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public Task RunWriteAsync(Func<SqliteConnection, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RunWriteAsync<bool>(
            async connection =>
            {
                await work(connection);
                return true;
            },
            cancellationToken);
    }

    public Task RunAsync(Func<SqliteConnection, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RunAsync<bool>(
            async connection =>
            {
                await work(connection);
                return true;
            },
            cancellationToken);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = _busyTimeoutPragma;
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates the folder, file and tables once; a failed creation is tried again by the next caller.</summary>
    private Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        lock (_creationGate)
        {
            if (_creation is null || _creation.IsFaulted || _creation.IsCanceled)
            {
                _creation = CreateAsync();
            }

            return _creation.WaitAsync(cancellationToken);
        }
    }

    private async Task CreateAsync()
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = Schema;
        await command.ExecuteNonQueryAsync();

        // Columns added after the first release: added to a database that predates them.
        foreach (var (column, definition) in AddedColumns)
        {
            await using var check = connection.CreateCommand();
            check.CommandText = $"SELECT COUNT(*) FROM pragma_table_info('callback_requests') WHERE name = '{column}';";
            if (Convert.ToInt64(await check.ExecuteScalarAsync(), CultureInfo.InvariantCulture) == 0)
            {
                await using var add = connection.CreateCommand();
                add.CommandText = $"ALTER TABLE callback_requests ADD COLUMN {column} {definition};";
                await add.ExecuteNonQueryAsync();
            }
        }
    }
}
