using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace SpineBot.DirectLine.Tokens;

/// <summary>
/// Issues and checks the embedded Direct Line's tokens and one-use WebSocket stream tickets, in memory. Tokens are
/// kept by their SHA-256 hash, each bound to one conversation and one user; they expire by <see cref="TimeProvider"/>.
/// </summary>
internal sealed class DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time)
{
    /// <summary>How long a stream URL may wait before the client connects (Direct Line allows 60 seconds).</summary>
    public static readonly TimeSpan StreamTicketLifetime = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<string, TokenGrant> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TokenGrant> _streamTickets = new(StringComparer.Ordinal);

    public IssuedToken Issue(string conversationId, string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);

        var token = UrlSafeRandom.Token();
        var grant = new TokenGrant(conversationId, userId, time.GetUtcNow() + options.Value.TokenLifetime);
        _tokens[Hash(token)] = grant;
        return new IssuedToken(token, grant);
    }

    /// <summary>The grant of a token that is known and not expired, or null.</summary>
    public TokenGrant? Find(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 512 || !_tokens.TryGetValue(Hash(token), out var grant))
        {
            return null;
        }

        return grant.ExpiresAt > time.GetUtcNow() ? grant : null;
    }

    /// <summary>A ticket for one WebSocket connection to the grant's conversation, valid for a minute.</summary>
    public string IssueStreamTicket(TokenGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);

        var ticket = UrlSafeRandom.Token();
        _streamTickets[Hash(ticket)] = grant with { ExpiresAt = time.GetUtcNow() + StreamTicketLifetime };
        return ticket;
    }

    /// <summary>Uses up a stream ticket; returns its grant when it was valid for <paramref name="conversationId"/>.</summary>
    public TokenGrant? RedeemStreamTicket(string? ticket, string conversationId)
    {
        if (string.IsNullOrEmpty(ticket) || ticket.Length > 512 || !_streamTickets.TryRemove(Hash(ticket), out var grant))
        {
            return null;
        }

        return grant.ExpiresAt > time.GetUtcNow() && grant.ConversationId == conversationId ? grant : null;
    }

    /// <summary>Makes one token invalid (the one a refresh replaced).</summary>
    public void RevokeToken(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        _tokens.TryRemove(Hash(token), out _);
    }

    /// <summary>Forgets every token and ticket of a conversation that is gone.</summary>
    public void Revoke(string conversationId)
    {
        RemoveWhere(_tokens, grant => grant.ConversationId == conversationId);
        RemoveWhere(_streamTickets, grant => grant.ConversationId == conversationId);
    }

    /// <summary>Forgets expired tokens and tickets.</summary>
    public void RemoveExpired()
    {
        var now = time.GetUtcNow();
        RemoveWhere(_tokens, grant => grant.ExpiresAt <= now);
        RemoveWhere(_streamTickets, grant => grant.ExpiresAt <= now);
    }

    private static void RemoveWhere(ConcurrentDictionary<string, TokenGrant> grants, Func<TokenGrant, bool> predicate)
    {
        foreach (var entry in grants)
        {
            if (predicate(entry.Value))
            {
                grants.TryRemove(entry);
            }
        }
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
