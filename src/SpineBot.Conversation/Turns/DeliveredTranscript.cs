using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SpineBot.Conversation.Turns;

/// <summary>
/// Keeps what the runner said and what the bot delivered in the transcript store, when <c>Transcripts:Enabled</c>
/// registered an <see cref="ITranscriptLogger"/> (the redacting one); does nothing otherwise. Only committed turns
/// reach it, so a retried or failed attempt leaves nothing in the transcript.
/// </summary>
internal sealed class DeliveredTranscript(IEnumerable<ITranscriptLogger> loggers)
{
    private const string UserRole = "user";
    private const string BotRole = "bot";

    private readonly ITranscriptLogger[] _loggers = [.. loggers];

    public async Task KeepIncomingAsync(IActivity incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (_loggers.Length > 0)
        {
            await KeepAsync(Copy(incoming, UserRole));
        }
    }

    public async Task KeepDeliveredAsync(IReadOnlyList<IActivity> delivered)
    {
        ArgumentNullException.ThrowIfNull(delivered);
        if (_loggers.Length == 0)
        {
            return;
        }

        foreach (var activity in delivered)
        {
            await KeepAsync(Copy(activity, BotRole));
        }
    }

    private async Task KeepAsync(IActivity activity)
    {
        foreach (var logger in _loggers)
        {
            await logger.LogActivityAsync(activity);
        }
    }

    // The SDK's TranscriptLoggerMiddleware marks the runner's activities with the role "user"; so does this.
    private static Activity Copy(IActivity activity, string role) => new()
    {
        Type = activity.Type,
        Id = activity.Id,
        ChannelId = activity.ChannelId,
        Conversation = activity.Conversation,
        From = new ChannelAccount(activity.From?.Id, activity.From?.Name, role),
        Recipient = activity.Recipient,
        Timestamp = activity.Timestamp,
        Text = activity.AsMessageActivity()?.Text,
        Attachments = activity.AsMessageActivity()?.Attachments,
        Name = activity.AsEventActivity()?.Name,
    };
}
