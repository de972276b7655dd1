using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;

namespace SpineBot.Storage.Transcripts;

/// <summary>
/// Turns an activity into a <see cref="TranscriptEntry"/> with nothing that identifies the runner: the display names
/// of the runner's account, names the runner gives ("my name is...", or the answer to the bot's question for a name)
/// and phone numbers and e-mail addresses are replaced, in the runner's lines and the bot's. Card contents and
/// submitted values are left out.
/// </summary>
internal sealed class TranscriptRedactor(TimeProvider timeProvider)
{
    private const string UserRole = "user";
    private const string BotRole = "bot";
    private const int ConversationsKeptBeforePruning = 1000;

    /// <summary>What a transcript keeps of a line that could not be redacted in time.</summary>
    internal const string WithheldLine = "[withheld]";

    private static readonly TimeSpan ForgetAfter = TimeSpan.FromHours(2);

    private readonly ConcurrentDictionary<string, ConversationNames> _conversations = new(StringComparer.Ordinal);

    public TranscriptEntry Redact(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var now = timeProvider.GetUtcNow();
        var conversationId = activity.Conversation?.Id ?? string.Empty;
        var fromRunner = string.Equals(activity.From?.Role, UserRole, StringComparison.OrdinalIgnoreCase);
        var text = activity.AsMessageActivity()?.Text;
        var memory = _conversations.GetOrAdd(conversationId, _ => new ConversationNames(now));

        string? redacted;
        lock (memory)
        {
            try
            {
                redacted = RedactLocked(memory, fromRunner, activity, text, now);
            }
            catch (RegexMatchTimeoutException)
            {
                // A line too odd to read in time is not kept at all: nothing in it can identify the runner.
                redacted = text is null ? null : WithheldLine;
            }
        }

        if (activity.Type == ActivityTypes.EndOfConversation)
        {
            _conversations.TryRemove(conversationId, out _);
        }

        PruneIfLarge(now);
        return new TranscriptEntry(
            conversationId,
            activity.ChannelId ?? string.Empty,
            activity.Type ?? string.Empty,
            fromRunner ? UserRole : BotRole,
            redacted,
            activity.AsMessageActivity()?.Attachments?.Select(attachment => attachment.ContentType ?? string.Empty).ToList() ?? [],
            now);
    }

    private static string? RedactLocked(ConversationNames memory, bool fromRunner, IActivity activity, string? text, DateTimeOffset now)
    {
        memory.LastSeen = now;
        memory.Add(fromRunner ? activity.From?.Name : activity.Recipient?.Name);
        if (fromRunner && !string.IsNullOrWhiteSpace(text))
        {
            memory.Add(memory.AwaitingName ? PersonalDetails.NamesInAnswerToNameQuestion(text) : PersonalDetails.NamesGivenIn(text));
            memory.AwaitingName = false;
        }
        else if (!fromRunner && !string.IsNullOrWhiteSpace(text))
        {
            memory.AwaitingName = PersonalDetails.AsksForName(text);
        }

        return text is null ? null : PersonalDetails.Redact(text, memory.Names);
    }

    private void PruneIfLarge(DateTimeOffset now)
    {
        if (_conversations.Count <= ConversationsKeptBeforePruning)
        {
            return;
        }

        foreach (var (id, memory) in _conversations)
        {
            if (now - memory.LastSeen > ForgetAfter)
            {
                _conversations.TryRemove(id, out _);
            }
        }
    }
}
