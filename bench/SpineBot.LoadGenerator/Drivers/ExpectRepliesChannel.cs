using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SpineBot.LoadGenerator.Drivers;

/// <summary>
/// <c>POST /api/messages</c> with <c>deliveryMode: expectReplies</c>: the bot's replies come back in the response
/// body, as the Bot Framework Emulator and skills use it. A turn is OK on a 2xx with at least one reply activity.
/// </summary>
internal sealed class ExpectRepliesChannel(HttpClient http, Uri baseUrl, string channelId = "directline") : IConversationChannel
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly Uri _endpoint = new(baseUrl, "api/messages");

    public string Name => "expectReplies";

    /// <summary>The channel the activities say they come from (Web Chat's, by default).</summary>
    public string ChannelId => channelId;

    public IChannelConversation Open(string conversationId) => new ExpectRepliesConversation(this, conversationId);

    public async Task<TurnReply> PostAsync(string activityJson, CancellationToken cancellationToken)
    {
        using var content = new StringContent(activityJson, Encoding.UTF8);
        content.Headers.ContentType = Json;
        using var response = await http.PostAsync(_endpoint, content, cancellationToken);
        var payload = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return TurnReply.Failed($"HTTP {(int)response.StatusCode}");
        }

        if (payload.Length == 0)
        {
            return TurnReply.Failed("no reply");
        }

        using var document = JsonDocument.Parse(payload);
        var root = document.RootElement;
        var activities = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("activities", out var list) ? list : root;
        return TurnReply.Answered(ReplyReader.BotTexts(activities, _ => true));
    }
}
