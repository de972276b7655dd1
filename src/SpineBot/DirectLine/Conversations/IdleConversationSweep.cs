using Microsoft.Extensions.Options;

namespace SpineBot.DirectLine.Conversations;

/// <summary>
/// Every minute (by <see cref="TimeProvider"/>) drops embedded conversations nobody used for
/// <see cref="DirectLineOptions.IdleConversationLifetime"/>, and expired tokens, so memory stays bounded.
/// </summary>
internal sealed partial class IdleConversationSweep(
    DirectLineConversations conversations,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    ILogger<IdleConversationSweep> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.UsesAzure)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var removed = conversations.RemoveIdle();
                if (removed > 0)
                {
                    LogSwept(logger, removed, conversations.Count);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dropped {Removed} idle Direct Line conversations; {Remaining} remain")]
    private static partial void LogSwept(ILogger logger, int removed, int remaining);
}
