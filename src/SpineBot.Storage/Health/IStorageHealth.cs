namespace SpineBot.Storage.Health;

/// <summary>
/// Tells whether the configured store can serve conversations now, for the host's readiness probe (<c>/healthz</c>).
/// </summary>
public interface IStorageHealth
{
    /// <summary>
    /// True when the store answers and accepts writes (SQLite: the file opens and takes a write lock; Azure Blob:
    /// the container answers). Never throws for an unavailable store: it answers false.
    /// </summary>
    Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default);
}
