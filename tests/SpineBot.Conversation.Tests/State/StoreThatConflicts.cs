using Microsoft.Bot.Builder;
using SpineBot.Conversation.Records;

namespace SpineBot.Conversation.Tests.State;

/// <summary>
/// A store where another bot instance can save the conversation first: once <see cref="ConflictOnNextWrite"/> is set,
/// the next write is refused with the ETag conflict a real store reports, and the turn must be run again.
/// </summary>
internal sealed class StoreThatConflicts : IStorage
{
    private readonly JsonRoundTripStorage _inner = new();

    public bool ConflictOnNextWrite { get; set; }

    public int ConflictsRaised { get; private set; }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        _inner.ReadAsync(keys, cancellationToken);

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        if (ConflictOnNextWrite)
        {
            ConflictOnNextWrite = false;
            ConflictsRaised++;
            return Task.FromException(new StorageConflictException("Another instance saved first (test)."));
        }

        return _inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);
}
