using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SpineBot.Conversation.Tests.Support;

namespace SpineBot.Conversation.Tests.Channels;

public sealed class InvokeTests
{
    [Theory]
    [InlineData("composeExtension/query")]
    [InlineData("adaptiveCard/action")]
    [InlineData("something/unknown")]
    [InlineData(null)]
    public async Task An_invoke_the_bot_does_not_handle_gets_400_with_a_reason_never_a_server_error(string? name)
    {
        using var bot = new BotHarness(channelId: "msteams", conversationType: "personal");

        var response = await InvokeAsync(bot, name);

        Assert.Equal((int)HttpStatusCode.BadRequest, response.Status);
        Assert.NotEmpty(JObject.FromObject(response.Body).Properties());
    }

    [Fact]
    public async Task The_refusal_body_gives_an_error_code_and_the_reason()
    {
        using var bot = new BotHarness();

        var response = await InvokeAsync(bot, "something/unknown");

        var body = JObject.FromObject(response.Body);
        Assert.Equal("unsupportedInvoke", (string?)body["error"]);
        Assert.Contains("something/unknown", (string?)body["message"], StringComparison.Ordinal);
    }

    private static async Task<InvokeResponse> InvokeAsync(BotHarness bot, string? name)
    {
        var invoke = bot.Adapter.MakeActivity();
        invoke.Type = ActivityTypes.Invoke;
        invoke.Text = null;
        invoke.Name = name;
        var replies = await bot.SendAsync(invoke);
        var reply = (Activity)Assert.Single(replies.Activities, activity => activity.Type == ActivityTypesEx.InvokeResponse);
        return Assert.IsType<InvokeResponse>(reply.Value);
    }
}
