using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SpineBot.Resilience.Tests.Conversations;
using SpineBot.Resilience.Tests.Hosting;

namespace SpineBot.Resilience.Tests.BadInput;

/// <summary>The running bot as the corpus sends to it: raw bodies, activities, and Direct Line requests.</summary>
internal sealed class BadInputTarget(HttpClient http, DirectLineAccess directLine, CancellationToken cancellationToken)
{
    /// <summary>Stands for the shared conversation's real token in <see cref="DirectLineAsync"/>.</summary>
    public const string GenuineToken = "(genuine)";

    private const long LargeBody = 64 * 1024;

    /// <summary>A conversation id no other case uses.</summary>
    public static string NewConversationId() => "bad-input-" + Guid.NewGuid().ToString("N");

    /// <summary>Posts <paramref name="body"/> to <c>/api/messages</c> as it is, with the given content type (none if null).</summary>
    public Task<HttpResponseMessage> PostToMessagesAsync(string body, string? contentType = "application/json") =>
        PostToMessagesAsync(Encoding.UTF8.GetBytes(body), contentType);

    public Task<HttpResponseMessage> PostToMessagesAsync(byte[] body, string? contentType = "application/json")
    {
        ArgumentNullException.ThrowIfNull(body);
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return SendAsync(new HttpRequestMessage(HttpMethod.Post, MessagesClient.Route) { Content = content });
    }

    /// <summary>
    /// Sends a request; a body over 64 KB asks first (<c>Expect: 100-continue</c>), as careful clients do, so that a
    /// refusal arrives before the body is sent rather than as a reset connection halfway through it.
    /// </summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is { } body && (body.Headers.ContentLength ?? long.MaxValue) > LargeBody)
        {
            request.Headers.ExpectContinue = true;
        }

        return http.SendAsync(request, cancellationToken);
    }

    /// <summary>Posts an activity to <c>/api/messages</c>.</summary>
    public Task<HttpResponseMessage> PostActivityAsync(JsonObject activity) =>
        PostToMessagesAsync((activity ?? throw new ArgumentNullException(nameof(activity))).ToJsonString());

    /// <summary>Says <paramref name="texts"/> first (each must succeed), then posts <paramref name="activity"/>.</summary>
    public async Task<HttpResponseMessage> PostActivityAfterAsync(JsonObject activity, params string[] texts)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = (string?)activity["conversation"]?["id"] ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        var client = new MessagesClient(http);
        foreach (var text in texts)
        {
            var turn = await client.SendAsync(BadInputActivities.Message(conversationId, text), cancellationToken);
            if (!turn.Succeeded)
            {
                throw new InvalidOperationException($"Setting up the case, \"{text}\" got {turn}");
            }
        }

        return await PostActivityAsync(activity);
    }

    /// <summary>
    /// A request to the embedded Direct Line; <paramref name="path"/> may use {conversationId}, replaced with the shared
    /// conversation's id. <paramref name="token"/>: null for none, <see cref="GenuineToken"/> for the real one.
    /// </summary>
    public async Task<HttpResponseMessage> DirectLineAsync(HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (genuineToken, conversationId) = await directLine.ConversationAsync(cancellationToken);
        var request = new HttpRequestMessage(method, path.Replace("{conversationId}", conversationId, StringComparison.Ordinal)) { Content = content };
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + (token == GenuineToken ? genuineToken : token));
        }

        return await SendAsync(request);
    }
}
