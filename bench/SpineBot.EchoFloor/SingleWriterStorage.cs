using Microsoft.Bot.Builder;

namespace SpineBot.EchoFloor;

/// <summary>
/// A profiling experiment, off by default (<c>EchoFloor:SingleWriter=true</c> turns it on): lets one write at a time
/// reach the wrapped storage, so that concurrent turns queue in the process instead of meeting SQLite's file lock
/// and its sleeping busy handler. Reads pass straight through (WAL readers never wait for the writer).
/// </summary>
internal sealed class SingleWriterStorage(IStorage inner) : IStorage, IDisposable
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(keys, cancellationToken);

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await inner.WriteAsync(changes, cancellationToken);
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await inner.DeleteAsync(keys, cancellationToken);
        }
        finally
        {
            _writer.Release();
        }
    }

    public void Dispose() => _writer.Dispose();
}
