using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpineBot.Conversation.Records;
using SpineBot.Storage.Configuration;
using SpineBot.Storage.Transcripts;

namespace SpineBot.Storage.Records;

/// <summary>
/// Deletes call-back requests, feedback and transcripts older than <c>Storage:RetentionDays</c> (default 30): once
/// at start, then every <c>Storage:RetentionSweepMinutes</c> (default 60). A failed sweep is logged and tried again
/// at the next one.
/// </summary>
internal sealed partial class RecordRetention(
    ICallbackRequestStore callbackRequests,
    IFeedbackStore feedback,
    ITranscriptArchive transcripts,
    IOptions<StorageOptions> options,
    TimeProvider timeProvider,
    ILogger<RecordRetention> logger) : BackgroundService
{
    /// <summary>Deletes what is older than the retention period now; returns how many records were deleted.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays);
        var deleted = await callbackRequests.PurgeOlderThanAsync(cutoff, cancellationToken);
        deleted += await feedback.PurgeOlderThanAsync(cutoff, cancellationToken);
        deleted += await transcripts.PurgeOlderThanAsync(cutoff, cancellationToken);
        if (deleted > 0)
        {
            LogDeleted(logger, deleted, options.Value.RetentionDays);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.RetentionSweepMinutes), timeProvider);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (StorageUnavailableException exception)
            {
                LogSweepFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} records older than {Days} days")]
    private static partial void LogDeleted(ILogger logger, int count, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Old records could not be deleted; trying again at the next sweep")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
