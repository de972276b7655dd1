using Microsoft.Bot.Builder;
using SpineBot.Conversation.Records;

namespace SpineBot.Conversation.Tests.State;

/// <summary>
/// A store that can be switched off: while <see cref="Down"/>, every read and write fails as an unreachable store
/// does; while <see cref="WritesFail"/>, reads still work and writes fail (it went down in the middle of a turn).
/// </summary>
internal sealed class StoreThatGoesDown : IStorage
{
    private readonly JsonRoundTripStorage _inner = new();

    public bool Down { get; set; }

    public bool WritesFail { get; set; }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        Down ? Task.FromException<IDictionary<string, object>>(Failure()) : _inner.ReadAsync(keys, cancellationToken);

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
        Down || WritesFail ? Task.FromException(Failure()) : _inner.WriteAsync(changes, cancellationToken);

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        Down ? Task.FromException(Failure()) : _inner.DeleteAsync(keys, cancellationToken);

    private static StorageUnavailableException Failure() => new("The store is down (test).");
}
