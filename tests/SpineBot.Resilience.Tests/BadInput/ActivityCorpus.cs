using System.Text;
using System.Text.Json.Nodes;
using SpineBot.Content;
using SpineBot.Resilience.Tests.Conversations;

namespace SpineBot.Resilience.Tests.BadInput;

/// <summary>
/// Well-formed activities a runner's chat should never send, or sends in odd shapes: unknown types, invokes, no
/// text, huge or strange text, markup, malformed members and entities. Each gets a friendly answer, nothing, or a 4xx
/// with a reason.
/// </summary>
internal static class ActivityCorpus
{
    private const string Story = "My lower back hurts after my runs.";
    private const string Script = "<script>alert('spinebot')</script>";
    private const string WarningSign = " And now I have numbness in both legs.";

    public static IEnumerable<BadInputCase> Cases()
    {
        // Types and invokes.
        yield return NoReply("an unknown activity type", BadInputActivities.Of("flurble"));
        yield return NoReply("a typing indicator", BadInputActivities.Of("typing"));
        yield return NoReply("an event with an unknown name", BadInputActivities.Of("event", activity => activity["name"] = "no/such-event"));
        yield return NoReply("a reaction with a null reaction", BadInputActivities.Of("messageReaction", activity => activity["reactionsAdded"] = new JsonArray((JsonNode?)null)));
        yield return NoReply("an end of conversation", BadInputActivities.Of("endOfConversation"));
        yield return InvokeRefused("an adaptiveCard/action invoke, replies expected", BadInputActivities.Of("invoke", CardAction));
        yield return InvokeRefused("an invoke with an unknown name, replies expected", BadInputActivities.Of("invoke", activity => activity["name"] = "no/such-invoke"));
        yield return InvokeRefused("an invoke without a name", BadInputActivities.Of("invoke"));
        yield return InvokeRefused("an adaptiveCard/action invoke posted by a channel", BadInputActivities.PostedByAChannel(BadInputActivities.Of("invoke", CardAction)));
        yield return InvokeRefused("an invoke with an unknown name posted by a channel", BadInputActivities.PostedByAChannel(BadInputActivities.Of("invoke", activity => activity["name"] = "no/such-invoke")));

        // Messages without text.
        yield return Answered("a message with only attachments", content => content.Messages.TextOnly, BadInputActivities.Of("message", activity =>
            activity["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "image/png", ["contentUrl"] = "https://example.invalid/back.png" })));
        yield return Answered("a message with only a card's value", content => content.Messages.TextOnly, BadInputActivities.Of("message", activity =>
            activity["value"] = new JsonObject { ["choice"] = "yes" }));
        yield return Answered("a message of only whitespace", content => content.Messages.TextOnly, BadInputActivities.Message(" \t\r\n "));
        yield return Answered("a message with a null attachment", content => content.Messages.TextOnly, BadInputActivities.Of("message", activity =>
            activity["attachments"] = new JsonArray((JsonNode?)null)));

        // Odd text.
        yield return Answered("10,000 characters of text", content => content.Messages.StoryThanks, BadInputActivities.Message(Repeat(Story, 10_000)));
        yield return Answered("10,000 characters ending with a warning sign", content => content.RedFlags.WordingFor(SpineBot.Triage.Levels.TriageLevel.Emergency).Action, BadInputActivities.Message(
            Repeat(Story, 10_000 - WarningSign.Length) + WarningSign));
        yield return Answered("control characters", content => content.Messages.StoryThanks, BadInputActivities.Message(
            "My lower\u0000 back\u0007 hurts\u001b[2J after\b my\u007f runs\u200b\u2028 since\u0085 Saturday"));
        yield return Answered("emoji and right-to-left text", null, BadInputActivities.Message(
            "😫🏃‍♀️ ظهري يؤلمني بعد الجري — גב תחתון כואב \u202eexoh\u202c 👨‍👩‍👧‍👦🏳️‍🌈"));
        yield return Answered("bytes that are not UTF-8", null, null, target => target.PostToMessagesAsync(NotUtf8()));
        yield return Answered("HTML and script in the story", content => content.Messages.StoryThanks, BadInputActivities.Message(
            $"{Script}<img src=x onerror=alert(1)> My <b>lower back</b> hurts since I went from <i>15</i> to 25 miles"));
        yield return Answered("HTML and script as the name for a call-back", content => content.Callback.NameRetry, null, target =>
        {
            var conversationId = BadInputTarget.NewConversationId();
            return target.PostActivityAfterAsync(
                BadInputActivities.Message(conversationId, Script),
                "talk to the clinic",
                ClinicWording.Content.Handoff.Wording.CallbackButton);
        });

        // Odd shapes.
        yield return Answered("no recipient", content => content.Messages.Welcome.StartPrompt, BadInputActivities.Of("message", activity =>
        {
            activity.Remove("recipient");
            activity["text"] = "hello";
        }));
        yield return Answered("an unknown locale", content => content.Messages.Welcome.StartPrompt, BadInputActivities.Of("message", activity =>
        {
            activity["text"] = "hello";
            activity["locale"] = "xx-!!";
        }));
        yield return Answered("a list of null entities", content => content.Messages.Welcome.StartPrompt, BadInputActivities.Of("message", activity =>
        {
            activity["text"] = "hello";
            activity["entities"] = new JsonArray(null, null);
        }));
        yield return Answered("a Teams mention of the wrong shape", null, BadInputActivities.Of("message", activity =>
        {
            activity["channelId"] = "msteams";
            activity["conversation"]!["conversationType"] = "personal";
            activity["text"] = "<at>SpineBot</at> help";
            activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = "not an account", ["text"] = 42 });
        }));
        yield return Handled("a member without an id joining", BadInputActivities.Of("conversationUpdate", activity =>
            activity["membersAdded"] = new JsonArray(new JsonObject())));
        yield return Handled("a null member joining", BadInputActivities.Of("conversationUpdate", activity =>
            activity["membersAdded"] = new JsonArray((JsonNode?)null)));
        yield return Handled("a null member leaving", BadInputActivities.Of("conversationUpdate", activity =>
            activity["membersRemoved"] = new JsonArray((JsonNode?)null)));
    }

    private static void CardAction(JsonObject activity)
    {
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "callMe", ["data"] = new JsonObject { ["x"] = 1 } },
            ["trigger"] = "manual",
        };
    }

    private static BadInputCase NoReply(string name, JsonObject activity) =>
        new(name, ExpectedAnswer.NoReply, target => target.PostActivityAsync(activity));

    private static BadInputCase InvokeRefused(string name, JsonObject activity) =>
        new(name, ExpectedAnswer.InvokeRefused, target => target.PostActivityAsync(activity));

    private static BadInputCase Handled(string name, JsonObject activity) =>
        new(name, ExpectedAnswer.RefusedOrAnswered, target => target.PostActivityAsync(activity));

    private static BadInputCase Answered(
        string name, Func<ClinicContent, string>? mustSay, JsonObject? activity, Func<BadInputTarget, Task<HttpResponseMessage>>? sendAsync = null) =>
        new(name, ExpectedAnswer.Answered, sendAsync ?? (target => target.PostActivityAsync(activity!))) { MustSay = mustSay };

    private static string Repeat(string text, int length)
    {
        var repeated = new StringBuilder(length + text.Length);
        while (repeated.Length < length)
        {
            repeated.Append(text).Append(' ');
        }

        return repeated.ToString(0, length);
    }

    /// <summary>An activity whose text holds bytes that are not valid UTF-8 (a lone continuation byte, an overlong form).</summary>
    private static byte[] NotUtf8()
    {
        var json = BadInputActivities.Message("My lower back hurts @@").ToJsonString();
        var bytes = Encoding.UTF8.GetBytes(json).ToList();
        var at = bytes.IndexOf((byte)'@');
        bytes.RemoveRange(at, 2);
        bytes.InsertRange(at, [0x80, 0xC0, 0xAF, 0xFF]);
        return [.. bytes];
    }
}
