using System.Net;
using System.Text.Json;

namespace SpineBot.LoadGenerator.Drivers;

/// <summary>One embedded Direct Line conversation: a token, the start (the bot greets), then post-and-read turns.</summary>
internal sealed class DirectLineConversation(DirectLineChannel channel) : IChannelConversation
{
    private string? _token;
    private string _watermark = string.Empty;

    public string? ConversationId { get; private set; }

    public async Task<TurnReply> JoinAsync(CancellationToken cancellationToken)
    {
        var (grant, error) = await channel.SendAsync(HttpMethod.Post, "api/directline/token", null, "{}", cancellationToken);
        if (grant is null)
        {
            return TurnReply.Failed(error ?? "no token");
        }

        using (grant)
        {
            _token = grant.RootElement.GetProperty("token").GetString();
            ConversationId = grant.RootElement.GetProperty("conversationId").GetString();
        }

        var (started, startError) = await channel.SendAsync(HttpMethod.Post, "v3/directline/conversations", _token, "{}", cancellationToken);
        started?.Dispose();
        return startError is not null ? TurnReply.Failed(startError) : await ReadRepliesAsync(cancellationToken);
    }

    public async Task<TurnReply> SayAsync(string text, CancellationToken cancellationToken)
    {
        if (_token is null || ConversationId is null)
        {
            return TurnReply.Failed("not joined");
        }

        var activity = JsonSerializer.Serialize(new { type = "message", from = new { id = "runner", role = "user" }, locale = "en-US", text });
        var (posted, error) = await channel.SendAsync(HttpMethod.Post, ActivitiesPath(), _token, activity, cancellationToken);
        posted?.Dispose();
        return error is not null ? TurnReply.Failed(error) : await ReadRepliesAsync(cancellationToken);
    }

    private async Task<TurnReply> ReadRepliesAsync(CancellationToken cancellationToken)
    {
        var (read, error) = await channel.SendAsync(
            HttpMethod.Get,
            ActivitiesPath() + "?watermark=" + WebUtility.UrlEncode(_watermark),
            _token,
            null,
            cancellationToken);
        if (read is null)
        {
            return TurnReply.Failed(error ?? "empty activity set");
        }

        using (read)
        {
            var root = read.RootElement;
            _watermark = root.TryGetProperty("watermark", out var watermark) ? watermark.GetString() ?? _watermark : _watermark;
            return TurnReply.Answered(ReplyReader.BotTexts(root.GetProperty("activities"), IsFromBot));
        }
    }

    private string ActivitiesPath() => $"v3/directline/conversations/{Uri.EscapeDataString(ConversationId!)}/activities";

    private static bool IsFromBot(JsonElement activity) =>
        activity.TryGetProperty("from", out var from)
        && from.TryGetProperty("role", out var role)
        && string.Equals(role.GetString(), "bot", StringComparison.OrdinalIgnoreCase);
}
