using System.Text.Json;
using System.Text.Json.Nodes;
using SpineBot.Content;
using Xunit.Sdk;

namespace SpineBot.Resilience.Tests.BadInput;

/// <summary>Checks that the bot's answer to a piece of bad input is the one expected, and never a server error.</summary>
internal static class OutcomeCheck
{
    private static readonly string[] RawMarkup = ["<script", "<img", "onerror="];

    public static void Verify(BadInputCase badInput, BadInputOutcome outcome, ClinicContent content)
    {
        ArgumentNullException.ThrowIfNull(badInput);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(content);
        Check(outcome.Status < 500, "a server error", outcome);
        switch (badInput.Expected)
        {
            case ExpectedAnswer.Refused:
                Check(outcome.Status == badInput.Status, $"HTTP {badInput.Status}", outcome);
                Check(outcome.Reason is not null, "a reason in the body", outcome);
                break;
            case ExpectedAnswer.RefusedBeforeTheBot:
                Check(outcome.Status == badInput.Status, $"HTTP {badInput.Status}", outcome);
                break;
            case ExpectedAnswer.Answered:
                VerifyAnswered(badInput, outcome, content);
                break;
            case ExpectedAnswer.NoReply:
                Check(outcome.Status is >= 200 and < 300, "a 2xx", outcome);
                Check(outcome.Turn.Texts.Count == 0, "no message", outcome);
                break;
            case ExpectedAnswer.InvokeRefused:
                Check(InvokeRefusalIn(outcome) is not null, "a 4xx invoke response with a reason", outcome);
                break;
            case ExpectedAnswer.RefusedOrAnswered:
                if (outcome.Status is >= 400 and < 500)
                {
                    Check(outcome.Reason is not null, "a reason in the body", outcome);
                }
                else
                {
                    VerifyAnswered(badInput, outcome, content);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(badInput), badInput.Expected, "Unknown expectation.");
        }
    }

    private static void VerifyAnswered(BadInputCase badInput, BadInputOutcome outcome, ClinicContent content)
    {
        var turn = outcome.Turn;
        Check(outcome.Status == 200, "HTTP 200", outcome);
        Check(turn.FailureShown(content) is null, "no error message (a turn failed)", outcome);
        Check(turn.Replies.Any(reply => (string?)reply["type"] == "message"), "a message for the runner", outcome);
        Check(badInput.MustSay is null || turn.Says(badInput.MustSay(content)), $"the bot to say \"{badInput.MustSay?.Invoke(content)}\"", outcome);
        foreach (var reply in turn.Replies.Where(reply => (string?)reply["type"] == "message"))
        {
            var format = (string?)reply["textFormat"];
            Check(format is null or "markdown" or "plain", "plain text or markdown", outcome);
            var markup = Strings(reply).FirstOrDefault(text => RawMarkup.Any(tag => text.Contains(tag, StringComparison.OrdinalIgnoreCase)));
            Check(markup is null, $"no raw markup in the reply (found \"{markup}\")", outcome);
        }
    }

    /// <summary>The refused invoke's reason: from the HTTP response, or from the invoke response in expect-replies.</summary>
    private static string? InvokeRefusalIn(BadInputOutcome outcome)
    {
        if (outcome.Status is >= 400 and < 500)
        {
            return outcome.Reason;
        }

        var invokeResponse = outcome.Turn.Replies.FirstOrDefault(reply => (string?)reply["type"] == "invokeResponse")?["value"] as JsonObject;
        var status = invokeResponse?["Status"] ?? invokeResponse?["status"];
        var body = (invokeResponse?["Body"] ?? invokeResponse?["body"]) as JsonObject;
        return outcome.Status == 200
            && status?.GetValueKind() == JsonValueKind.Number && (int)status is >= 400 and < 500
            && body is not null
            ? BadInputOutcome.ReasonIn(body)
            : null;
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject json => json.SelectMany(property => Strings(property.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => [(string)value!],
        _ => [],
    };

    private static void Check(bool condition, string expected, BadInputOutcome outcome)
    {
        if (!condition)
        {
            throw new XunitException($"Expected {expected}; got {outcome}");
        }
    }
}
