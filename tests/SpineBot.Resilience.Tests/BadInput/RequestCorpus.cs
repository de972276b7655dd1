using System.Text;
using System.Text.Json.Nodes;
using SpineBot.Resilience.Tests.Conversations;

namespace SpineBot.Resilience.Tests.BadInput;

/// <summary>
/// Requests to <c>/api/messages</c> that are not a usable activity: broken JSON, the wrong content type, empty,
/// too big, too deep, missing what the bot needs to answer. Each gets a 4xx with a reason.
/// </summary>
internal static class RequestCorpus
{
    private const int OneMegabyte = 1024 * 1024;

    public static IEnumerable<BadInputCase> Cases()
    {
        yield return Refused("truncated JSON", 400, target => target.PostToMessagesAsync("{\"type\":\"message\",\"text\":\"my back hu"));
        yield return Refused("not JSON at all", 400, target => target.PostToMessagesAsync("my lower back hurts after my runs"));
        yield return Refused("JSON followed by garbage", 400, target => target.PostToMessagesAsync(BadInputActivities.Message("hello").ToJsonString() + " }{ garbage"));
        yield return Refused("a JSON array", 400, target => target.PostToMessagesAsync("[{\"type\":\"message\"}]"));
        yield return Refused("JSON null", 400, target => target.PostToMessagesAsync("null"));
        yield return Refused("an empty body", 400, target => target.PostToMessagesAsync(string.Empty));
        yield return Refused("a body of only whitespace", 400, target => target.PostToMessagesAsync(" \r\n\t "));
        yield return Refused("wrong content type (text/plain)", 415, target => target.PostToMessagesAsync(BadInputActivities.Message("hello").ToJsonString(), "text/plain"));
        yield return Refused("no content type", 415, target => target.PostToMessagesAsync(BadInputActivities.Message("hello").ToJsonString(), contentType: null));
        yield return Refused("a form instead of JSON", 415, target => target.PostToMessagesAsync("type=message&text=hello", "application/x-www-form-urlencoded"));
        yield return Refused("a 1 MB body", 413, target => target.PostActivityAsync(BadInputActivities.Message(new string('a', OneMegabyte))));
        yield return Refused("a 300 KB body sent in chunks, without a length", 413, ChunkedAsync);
        yield return Refused("JSON nested 10,000 deep", 400, target => target.PostToMessagesAsync(
            "{\"type\":\"message\",\"value\":" + new string('[', 10_000) + new string(']', 10_000) + "}"));
        yield return Refused("JSON nested 40 objects deep in the value", 400, target => target.PostActivityAsync(
            BadInputActivities.Of("message", activity => activity["value"] = Nested(40))));
        yield return Refused("no conversation", 400, target => target.PostActivityAsync(BadInputActivities.Of("message", activity =>
        {
            activity.Remove("conversation");
            activity["text"] = "hello";
        })));
        yield return Refused("no sender (from)", 400, target => target.PostActivityAsync(BadInputActivities.Of("message", activity =>
        {
            activity.Remove("from");
            activity["text"] = "hello";
        })));
        yield return Refused("no activity type", 400, target => target.PostActivityAsync(BadInputActivities.Of("message", activity =>
        {
            activity.Remove("type");
            activity["text"] = "hello";
        })));
        yield return Refused("no channel", 400, target => target.PostActivityAsync(BadInputActivities.Of("message", activity =>
        {
            activity.Remove("channelId");
            activity["text"] = "hello";
        })));
        yield return Refused("no way to reply (no service URL, no expect-replies)", 400, target => target.PostActivityAsync(BadInputActivities.Of("message", activity =>
        {
            activity.Remove("deliveryMode");
            activity["text"] = "hello";
        })));
        yield return Refused("the conversation given as a string", 400, target => target.PostActivityAsync(BadInputActivities.Of("message", activity =>
        {
            activity["conversation"] = "c-1";
            activity["text"] = "hello";
        })));
        yield return Refused("the text given as an object", 400, target => target.PostActivityAsync(
            BadInputActivities.Of("message", activity => activity["text"] = new JsonObject { ["text"] = "hello" })));
        yield return Refused("a local timestamp that is not a date", 400, target => target.PostActivityAsync(BadInputActivities.Of("message", activity =>
        {
            activity["text"] = "hello";
            activity["localTimestamp"] = "yesterday at noon";
        })));
        yield return Refused("GET instead of POST", 405, target => target.SendAsync(new HttpRequestMessage(HttpMethod.Get, MessagesClient.Route)));
    }

    private static BadInputCase Refused(string name, int status, Func<BadInputTarget, Task<HttpResponseMessage>> sendAsync) =>
        new(name, ExpectedAnswer.Refused, sendAsync) { Status = status };

    private static Task<HttpResponseMessage> ChunkedAsync(BadInputTarget target)
    {
        var body = Encoding.UTF8.GetBytes(BadInputActivities.Message(new string('b', 300 * 1024)).ToJsonString());
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, MessagesClient.Route) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        return target.SendAsync(request);
    }

    private static JsonNode Nested(int depth)
    {
        JsonNode node = "bottom";
        for (var level = 0; level < depth; level++)
        {
            node = new JsonObject { ["a"] = node };
        }

        return node;
    }
}
