using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SpineBot.DirectLine.Tokens;

namespace SpineBot.DirectLine.Conversations;

/// <summary>
/// The embedded Direct Line's conversations, in this instance's memory (scaling out needs Azure Direct Line).
/// Conversations nobody used for <see cref="DirectLineOptions.IdleConversationLifetime"/> count as gone at once and
/// are dropped, with their tokens, by <see cref="IdleConversationSweep"/>.
/// </summary>
internal sealed class DirectLineConversations(IOptions<DirectLineOptions> options, DirectLineTokens tokens, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly LogBudget _budget = new();
    private readonly Lock _roomGate = new();

    /// <summary>How long a forgotten conversation stays open for the reply to "forget me" to be read.</summary>
    public static readonly TimeSpan ForgottenGrace = TimeSpan.FromMinutes(2);

    public int Count => _conversations.Count;

    /// <summary>A new conversation with a new user id of its own.</summary>
    public DirectLineConversation Create()
    {
        while (true)
        {
            var conversation = new DirectLineConversation(
                UrlSafeRandom.ConversationId(),
                UrlSafeRandom.UserId(),
                options.Value.MaxActivitiesPerConversation,
                time.GetUtcNow(),
                _budget);
            if (_conversations.TryAdd(conversation.Id, conversation))
            {
                return conversation;
            }
        }
    }

    /// <summary>The conversation, or null when it never existed or has been idle too long.</summary>
    public DirectLineConversation? Find(string? conversationId)
    {
        if (string.IsNullOrEmpty(conversationId) || !_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        if (conversation.IsIdle(time.GetUtcNow(), options.Value.IdleConversationLifetime))
        {
            Remove(conversation);
            return null;
        }

        return conversation;
    }

    /// <summary>
    /// "Forget me": drops the conversation's activities at once and ends it, with its tokens, after
    /// <see cref="ForgottenGrace"/> (time for the client to read the bot's reply). False when there is no such conversation.
    /// </summary>
    public bool Forget(string conversationId)
    {
        if (Find(conversationId) is not { } conversation)
        {
            return false;
        }

        conversation.Log.Clear();
        conversation.EndAt(time.GetUtcNow() + ForgottenGrace);
        return true;
    }

    /// <summary>The activity JSON all conversations hold together, in characters.</summary>
    public long HeldChars => _budget.Chars;

    /// <summary>
    /// Makes room for <paramref name="chars"/> more characters of activity JSON within
    /// <see cref="DirectLineOptions.MaxTotalLogChars"/>, dropping the conversations idle longest (never
    /// <paramref name="keep"/>); false when even that is not enough.
    /// </summary>
    public bool MakeRoom(DirectLineConversation keep, long chars)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var limit = options.Value.MaxTotalLogChars;
        if (_budget.Chars + chars <= limit)
        {
            return true;
        }

        lock (_roomGate)
        {
            foreach (var conversation in _conversations.Values.Where(c => c != keep).OrderBy(c => c.LastUsedTicks).ToList())
            {
                if (_budget.Chars + chars <= limit)
                {
                    break;
                }

                Remove(conversation);
            }

            return _budget.Chars + chars <= limit;
        }
    }

    /// <summary>Drops idle conversations and expired tokens; returns how many conversations were dropped.</summary>
    public int RemoveIdle()
    {
        var now = time.GetUtcNow();
        var lifetime = options.Value.IdleConversationLifetime;
        var removed = 0;
        foreach (var conversation in _conversations.Values)
        {
            if (conversation.IsIdle(now, lifetime) && Remove(conversation))
            {
                removed++;
            }
        }

        tokens.RemoveExpired();
        return removed;
    }

    private bool Remove(DirectLineConversation conversation)
    {
        if (!_conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation)))
        {
            return false;
        }

        tokens.Revoke(conversation.Id);
        conversation.Log.Clear();
        conversation.End();
        return true;
    }
}
