using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using SpineBot.Conversation.Records;

namespace SpineBot.Storage.Transcripts;

/// <summary>
/// An opt-in transcript logger for quality review (<c>Transcripts:Enabled</c>, off by default): keeps each activity's
/// type, sender role, time and text, with phone numbers, e-mail addresses and the runner's names replaced by
/// "[phone]", "[email]" and "[name]", in the configured store beside bot state. Typing indicators are skipped.
/// </summary>
/// <remarks>
/// Use it through the SDK's <c>TranscriptLoggerMiddleware</c>, which marks the runner's activities with the role
/// "user"; any other role is taken for the bot. A store failure is logged (never the text) and does not fail the turn.
/// </remarks>
public sealed partial class RedactingTranscriptLogger : ITranscriptLogger
{
    private readonly ITranscriptArchive _store;
    private readonly TranscriptRedactor _redactor;
    private readonly ILogger _logger;

    internal RedactingTranscriptLogger(ITranscriptArchive store, TimeProvider timeProvider, ILogger<RedactingTranscriptLogger> logger)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _redactor = new TranscriptRedactor(timeProvider ?? throw new ArgumentNullException(nameof(timeProvider)));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public async Task LogActivityAsync(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type == ActivityTypes.Typing)
        {
            return;
        }

        var entry = _redactor.Redact(activity);
        try
        {
            await _store.AddAsync(entry, CancellationToken.None);
        }
        catch (Exception exception) when (exception is StorageUnavailableException or StorageConflictException)
        {
            LogNotKept(_logger, entry.Type, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {ActivityType} activity could not be kept in the transcript store")]
    private static partial void LogNotKept(ILogger logger, string activityType, Exception exception);
}
