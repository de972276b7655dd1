using System.Net.Http.Headers;
using System.Text;
using SpineBot.Resilience.Tests.Hosting;

namespace SpineBot.Resilience.Tests.BadInput;

/// <summary>
/// Garbage on the embedded Direct Line the website widget uses: missing, unknown and oversized tokens, watermarks
/// that are not numbers, broken activities, and paths it does not serve. Each gets a 4xx with Direct Line's
/// <c>{"error":{"code","message"}}</c>, or an empty page where that is the right answer.
/// </summary>
internal static class DirectLineCorpus
{
    private const string Conversation = DirectLineAccess.ConversationsRoute + "/{conversationId}";
    private const string ActivitiesRoute = Conversation + "/activities";
    private const string Garbage = "not-a-token.!@#$%^&*()";

    public static IEnumerable<BadInputCase> Cases()
    {
        yield return Refused("Direct Line: starting a conversation without a token", 401, HttpMethod.Post, DirectLineAccess.ConversationsRoute, token: null);
        yield return Refused("Direct Line: starting a conversation with a garbage token", 403, HttpMethod.Post, DirectLineAccess.ConversationsRoute, Garbage);
        yield return Refused("Direct Line: a token of 20,000 characters", 403, HttpMethod.Post, DirectLineAccess.ConversationsRoute, new string('t', 20_000));
        yield return Refused("Direct Line: reading activities with a garbage token", 403, HttpMethod.Get, ActivitiesRoute + "?watermark=", Garbage);
        yield return Refused("Direct Line: posting an activity with a garbage token", 403, HttpMethod.Post, ActivitiesRoute, Garbage, () => Json("{\"type\":\"message\",\"text\":\"hi\"}"));
        yield return Refused("Direct Line: refreshing a garbage token", 403, HttpMethod.Post, DirectLineAccess.ConversationsRoute.Replace("conversations", "tokens/refresh", StringComparison.Ordinal), Garbage);
        yield return Refused("Direct Line: a watermark that is not a number", 400, HttpMethod.Get, ActivitiesRoute + "?watermark=abc", BadInputTarget.GenuineToken);
        yield return Refused("Direct Line: a negative watermark", 400, HttpMethod.Get, ActivitiesRoute + "?watermark=-1", BadInputTarget.GenuineToken);
        yield return Refused("Direct Line: a watermark of 30 digits", 400, HttpMethod.Get, ActivitiesRoute + "?watermark=" + new string('9', 30), BadInputTarget.GenuineToken);
        yield return Refused("Direct Line: a watermark with a NUL in it", 400, HttpMethod.Get, ActivitiesRoute + "?watermark=1%00; DROP TABLE", BadInputTarget.GenuineToken);
        yield return Refused("Direct Line: reconnecting with a garbage watermark", 400, HttpMethod.Get, Conversation + "?watermark=%F0%9F%98%AB", BadInputTarget.GenuineToken);
        yield return Refused("Direct Line: a conversation that does not exist", 404, HttpMethod.Get, DirectLineAccess.ConversationsRoute + "/no-such-conversation/activities", BadInputTarget.GenuineToken);
        yield return Refused("Direct Line: a truncated activity", 400, HttpMethod.Post, ActivitiesRoute, BadInputTarget.GenuineToken, () => Json("{\"type\":\"message\",\"text\":"));
        yield return Refused("Direct Line: an invoke activity", 400, HttpMethod.Post, ActivitiesRoute, BadInputTarget.GenuineToken, () => Json("{\"type\":\"invoke\",\"name\":\"adaptiveCard/action\"}"));
        yield return Refused("Direct Line: an activity as text/plain", 415, HttpMethod.Post, ActivitiesRoute, BadInputTarget.GenuineToken, () => new StringContent("{\"type\":\"message\"}", Encoding.UTF8, "text/plain"));
        yield return Refused("Direct Line: a 1 MB activity", 413, HttpMethod.Post, ActivitiesRoute, BadInputTarget.GenuineToken, () => Json("{\"type\":\"message\",\"text\":\"" + new string('a', 1024 * 1024) + "\"}"));
        yield return Refused("Direct Line: the stream without a WebSocket and with a garbage ticket", 400, HttpMethod.Get, Conversation + "/stream?t=" + Garbage, token: null);
        yield return Refused("Direct Line: an upload", 404, HttpMethod.Post, Conversation + "/upload", BadInputTarget.GenuineToken, () => new ByteArrayContent([1, 2, 3]));
        yield return new BadInputCase("Direct Line: a watermark past the end", ExpectedAnswer.NoReply, target =>
            target.DirectLineAsync(HttpMethod.Get, ActivitiesRoute + "?watermark=" + long.MaxValue, BadInputTarget.GenuineToken));
    }

    private static BadInputCase Refused(string name, int status, HttpMethod method, string path, string? token, Func<HttpContent>? content = null) =>
        new(name, ExpectedAnswer.Refused, target => target.DirectLineAsync(method, path, token, content?.Invoke())) { Status = status };

    private static StringContent Json(string json)
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
