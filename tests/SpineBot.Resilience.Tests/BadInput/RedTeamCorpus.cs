using System.Text;
using System.Text.Json.Nodes;
using SpineBot.Content;
using SpineBot.Resilience.Tests.Conversations;

namespace SpineBot.Resilience.Tests.BadInput;

/// <summary>
/// The red-team's findings of November 2026 (issue 15), each as bad input against the running bot: replies that
/// stalled a core, content types a web page can send cross-site, service URLs that made the bot a relay, garbage
/// service URLs and Host headers that answered 500.
/// </summary>
internal static class RedTeamCorpus
{
    private const string Story = "My lower back hurts after my runs.";
    private const string Emergency = "I suddenly can't control my bladder and my legs are numb";

    public static IEnumerable<BadInputCase> Cases()
    {
        // Replies that cost minutes of CPU in the recognizers, or timed a pattern out and wiped the runner's progress.
        yield return Answered("20,000 characters of number words as the story", null, BadInputActivities.Message(Repeat("twenty one hundred and ", 20_000)));
        yield return AnsweredAfterStory("4,000 characters of number words at the safety check", Repeat("twenty one hundred and ", 4_000));
        yield return AnsweredAfterStory("4,000 digits at the safety check", new string('7', 4_000));
        yield return AnsweredAfterStory("20,000 characters of ordinals at the safety check", Repeat("first second third last ", 20_000));

        // Content types a browser may send cross-site without a preflight.
        yield return Refused("a +json content type a web page can send (text/plain; x=+json)", 415, target =>
            target.PostToMessagesAsync(BadInputActivities.Message("hello").ToJsonString(), "text/plain; x=+json"));
        yield return Refused("application/problem+json", 415, target =>
            target.PostToMessagesAsync(BadInputActivities.Message("hello").ToJsonString(), "application/problem+json"));
        yield return Refused("a UTF-16 charset", 415, target =>
            target.PostToMessagesAsync(BadInputActivities.Message("hello").ToJsonString(), "application/json; charset=utf-16"));

        // Service URLs that made a local bot POST anywhere.
        yield return Refused("a service URL on another host, without an app id", 400, target => target.PostActivityAsync(Posted("https://example.com/")));
        yield return Refused("the cloud metadata address as service URL", 400, target => target.PostActivityAsync(Posted("http://169.254.169.254/latest/")));
        yield return Refused("a service URL that is not a URL, without expect-replies", 400, target => target.PostActivityAsync(Posted("not a url")));

        // Garbage service URLs with expect-replies: answered in the response, an emergency with its 911 text.
        foreach (var serviceUrl in new JsonNode?[] { "not a url", "relative/path", "http://", 123 })
        {
            yield return Answered(
                $"an emergency with service URL {serviceUrl?.ToJsonString()} and expect-replies",
                content => content.RedFlags.WordingFor(SpineBot.Triage.Levels.TriageLevel.Emergency).Action,
                BadInputActivities.Of("message", activity =>
                {
                    activity["text"] = Emergency;
                    activity["serviceUrl"] = serviceUrl?.DeepClone();
                }));
        }

        // Odd Host headers.
        yield return RefusedBeforeTheBot("a Host header with port 99999", target => target.SendAsync(WithHost("a:99999")));
        yield return RefusedBeforeTheBot("a Host header with an empty label (a..b)", target => target.SendAsync(WithHost("a..b")));
    }

    private static JsonObject Posted(JsonNode? serviceUrl) => BadInputActivities.Of("message", activity =>
    {
        activity.Remove("deliveryMode");
        activity["text"] = "hello";
        activity["serviceUrl"] = serviceUrl;
    });

    private static HttpRequestMessage WithHost(string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, MessagesClient.Route)
        {
            Content = new StringContent(BadInputActivities.Message("hello").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Host", host);
        return request;
    }

    private static BadInputCase Refused(string name, int status, Func<BadInputTarget, Task<HttpResponseMessage>> sendAsync) =>
        new(name, ExpectedAnswer.Refused, sendAsync) { Status = status };

    private static BadInputCase RefusedBeforeTheBot(string name, Func<BadInputTarget, Task<HttpResponseMessage>> sendAsync) =>
        new(name, ExpectedAnswer.RefusedBeforeTheBot, sendAsync) { Status = 400 };

    private static BadInputCase Answered(string name, Func<ClinicContent, string>? mustSay, JsonObject activity) =>
        new(name, ExpectedAnswer.Answered, target => target.PostActivityAsync(activity)) { MustSay = mustSay };

    private static BadInputCase AnsweredAfterStory(string name, string reply) =>
        new(name, ExpectedAnswer.Answered, target =>
        {
            var conversationId = BadInputTarget.NewConversationId();
            return target.PostActivityAfterAsync(BadInputActivities.Message(conversationId, reply), Story);
        });

    private static string Repeat(string clause, int length)
        => string.Concat(Enumerable.Repeat(clause, (length / clause.Length) + 1))[..length];
}
