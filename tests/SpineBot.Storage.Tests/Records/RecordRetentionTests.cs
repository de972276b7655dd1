using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SpineBot.Conversation.Records;
using SpineBot.Storage.Configuration;
using SpineBot.Storage.Records;
using SpineBot.Storage.Sqlite;
using SpineBot.Storage.Transcripts;

namespace SpineBot.Storage.Tests.Records;

public sealed class RecordRetentionTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 6, 2, 12, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(Now);
    private readonly StorageBackend _backend;

    public RecordRetentionTests()
    {
        _backend = StorageBackend.ForSqlite(new SqliteDatabase(_folder.File("records.db"), SqliteDatabase.DefaultBusyTimeout), NullLoggerFactory.Instance);
    }

    [Fact]
    public async Task A_sweep_deletes_requests_feedback_and_transcripts_past_the_retention_period_and_keeps_the_rest()
    {
        await AddRecordsAsync("old", Now.AddDays(-31));
        await AddRecordsAsync("recent", Now.AddDays(-29));
        var retention = Retention(_backend.CallbackRequests, retentionDays: 30);

        var deleted = await retention.SweepAsync(CancellationToken.None);

        Assert.Equal(3, deleted);
        Assert.Equal(["recent"], (await _backend.CallbackRequests.ListOpenAsync()).Select(request => request.Id));
        Assert.Equal(["recent"], (await _backend.Feedback.ListAsync()).Select(entry => entry.Id));
        Assert.Empty(await _backend.Transcripts.ListAsync("conversation-old"));
        Assert.Single(await _backend.Transcripts.ListAsync("conversation-recent"));
    }

    [Fact]
    public async Task The_retention_period_comes_from_configuration()
    {
        await AddRecordsAsync("eight-days", Now.AddDays(-8));
        var retention = Retention(_backend.CallbackRequests, retentionDays: 7);

        await retention.SweepAsync(CancellationToken.None);

        Assert.Empty(await _backend.CallbackRequests.ListOpenAsync());
    }

    [Fact]
    public async Task The_service_sweeps_at_start_and_again_as_time_passes()
    {
        await AddRecordsAsync("old", Now.AddDays(-40));
        await AddRecordsAsync("ageing", Now.AddDays(-29.5));
        using var retention = Retention(_backend.CallbackRequests, retentionDays: 30, sweepMinutes: 60);

        await retention.StartAsync(CancellationToken.None);
        await Eventually.TrueAsync(async () => (await _backend.CallbackRequests.ListOpenAsync()).Count == 1, "the start-up sweep deleted the 40-day-old request");
        Assert.Equal("ageing", Assert.Single(await _backend.CallbackRequests.ListOpenAsync()).Id);

        for (var hour = 0; hour < 13; hour++)
        {
            _time.Advance(TimeSpan.FromHours(1));
            await Task.Delay(10);
        }

        await Eventually.TrueAsync(async () => (await _backend.CallbackRequests.ListOpenAsync()).Count == 0, "a later sweep deleted the request once it was 30 days old");
        await retention.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_sweep_that_fails_while_the_store_is_down_is_tried_again_at_the_next_tick()
    {
        var flaky = new FlakyCallbackRequests();
        using var retention = Retention(flaky, retentionDays: 30, sweepMinutes: 60);

        await retention.StartAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => Task.FromResult(flaky.Purges == 1), "the first sweep ran");
        _time.Advance(TimeSpan.FromMinutes(60));

        await Eventually.TrueAsync(() => Task.FromResult(flaky.Purges == 2), "the next sweep ran after the failure");
        await retention.StopAsync(CancellationToken.None);
    }

    public void Dispose() => _folder.Dispose();

    private RecordRetention Retention(ICallbackRequestStore callbackRequests, int retentionDays, int sweepMinutes = 60) => new(
        callbackRequests,
        _backend.Feedback,
        _backend.Transcripts,
        Options.Create(new StorageOptions { RetentionDays = retentionDays, RetentionSweepMinutes = sweepMinutes }),
        _time,
        NullLogger<RecordRetention>.Instance);

    private async Task AddRecordsAsync(string id, DateTimeOffset createdAt)
    {
        await _backend.CallbackRequests.AddAsync(new CallbackRequest(id, "conversation-" + id, "Sam", "310-555-0100", "mornings", "summary", createdAt));
        await _backend.Feedback.AddAsync(new FeedbackEntry(id, "conversation-" + id, true, null, createdAt));
        await _backend.Transcripts.AddAsync(new TranscriptEntry("conversation-" + id, "webchat", "message", "user", "hi", [], createdAt));
    }

    /// <summary>A call-back store whose first purge fails as an unreachable store would.</summary>
    private sealed class FlakyCallbackRequests : ICallbackRequestStore
    {
        private int _purges;

        public int Purges => Volatile.Read(ref _purges);

        public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _purges) == 1
                ? throw new StorageUnavailableException("The store is down.")
                : Task.FromResult(0);

        public Task AddAsync(CallbackRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<CallbackRequest>> ListOpenAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<bool> MarkDoneAsync(string id, DateTimeOffset doneAt, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<CallbackRequest>> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
