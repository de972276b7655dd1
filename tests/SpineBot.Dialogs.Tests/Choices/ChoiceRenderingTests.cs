using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SpineBot.Dialogs.Choices;
using SpineBot.Dialogs.Prompts;
using SpineBot.Dialogs.Tests.Infrastructure;

namespace SpineBot.Dialogs.Tests.Choices;

public sealed class ChoiceRenderingTests
{
    private static readonly string[] FourAreas = ["Lower back", "Upper back", "Hip", "Neck"];
    private static readonly string[] ThreeAreas = ["Lower back", "Upper back", "Hip"];

    private static DialogHarness Harness(string channelId, string[] values, ListStyle? style = null) => new(
        () => PromptScript.AskThenEcho(
            new ChoicePrompt("choice"),
            () => new PromptOptions
            {
                Prompt = MessageFactory.Text("Where?"),
                RetryPrompt = MessageFactory.Text("Pick one of these."),
                Choices = ChoiceFactory.ToChoices(values),
                Style = style,
            }),
        channelId);

    private static void AssertHeroCard(IActivity activity, string text, string[] values)
    {
        var message = activity.AsMessageActivity();
        Assert.Null(message.SuggestedActions);
        var attachment = Assert.Single(message.Attachments);
        Assert.Equal(HeroCard.ContentType, attachment.ContentType);
        var card = JObject.FromObject(attachment.Content).ToObject<HeroCard>()!;
        Assert.Equal(text, card.Text);
        Assert.Equal(values, card.Buttons.Select(b => b.Title));
        Assert.All(card.Buttons, b => Assert.Equal(ActionTypes.ImBack, b.Type));
        Assert.Equal(values, card.Buttons.Select(b => (string)b.Value));
    }

    private static void AssertSuggestedActions(IActivity activity, string text, string[] values)
    {
        var message = activity.AsMessageActivity();
        Assert.Equal(text, message.Text);
        Assert.Equal(values, message.SuggestedActions.Actions.Select(b => b.Title));
        Assert.All(message.SuggestedActions.Actions, b => Assert.Equal(ActionTypes.ImBack, b.Type));
        Assert.True(message.Attachments is null || message.Attachments.Count == 0);
    }

    [Fact]
    public async Task Teams_with_four_choices_gets_a_hero_card_because_it_shows_only_three_suggested_actions()
    {
        await Harness(Channels.Msteams, FourAreas).Flow()
            .Send("hi").AssertReply(a => AssertHeroCard(a, "Where?", FourAreas))
            .Send("hip").AssertReply("choice 2: Hip")
            .StartTestAsync();
    }

    [Fact]
    public async Task Teams_personal_chat_with_three_choices_gets_suggested_actions()
    {
        await Harness(Channels.Msteams, ThreeAreas).Flow()
            .Send("hi").AssertReply(a => AssertSuggestedActions(a, "Where?", ThreeAreas))
            .StartTestAsync();
    }

    [Fact]
    public async Task Teams_group_chat_gets_a_hero_card_even_for_few_choices()
    {
        var harness = Harness(Channels.Msteams, ThreeAreas);
        harness.Adapter.Conversation.Conversation.ConversationType = "groupChat";

        await harness.Flow()
            .Send("hi").AssertReply(a => AssertHeroCard(a, "Where?", ThreeAreas))
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Channels.Webchat)]
    [InlineData(Channels.Directline)]
    [InlineData(Channels.Emulator)]
    [InlineData(Channels.Test)]
    public async Task Web_chat_and_similar_channels_get_suggested_actions(string channelId)
    {
        await Harness(channelId, FourAreas).Flow()
            .Send("hi").AssertReply(a => AssertSuggestedActions(a, "Where?", FourAreas))
            .StartTestAsync();
    }

    [Fact]
    public async Task Channel_without_buttons_gets_a_numbered_list()
    {
        await Harness("sms", FourAreas).Flow()
            .Send("hi").AssertReply("Where?\n\n   1. Lower back\n\n   2. Upper back\n\n   3. Hip\n\n   4. Neck")
            .StartTestAsync();
    }

    [Fact]
    public async Task Channel_without_buttons_and_few_choices_gets_them_inline()
    {
        await Harness("sms", ThreeAreas).Flow()
            .Send("hi").AssertReply("Where? (1) Lower back, (2) Upper back, or (3) Hip")
            .StartTestAsync();
    }

    [Fact]
    public async Task Explicit_style_overrides_the_channel_default()
    {
        await Harness(Channels.Webchat, FourAreas, ListStyle.HeroCard).Flow()
            .Send("hi").AssertReply(a => AssertHeroCard(a, "Where?", FourAreas))
            .StartTestAsync();
    }

    [Fact]
    public async Task Retry_shows_the_choices_again_with_the_retry_text()
    {
        await Harness(Channels.Msteams, FourAreas).Flow()
            .Send("hi").AssertReply(_ => { })
            .Send("elbow").AssertReply(a => AssertHeroCard(a, "Pick one of these.", FourAreas))
            .StartTestAsync();
    }

    [Fact]
    public async Task Style_none_sends_only_the_question()
    {
        await Harness(Channels.Webchat, FourAreas, ListStyle.None).Flow()
            .Send("hi").AssertReply(a =>
            {
                Assert.Equal("Where?", a.AsMessageActivity().Text);
                Assert.Null(a.AsMessageActivity().SuggestedActions);
            })
            .StartTestAsync();
    }

    [Fact]
    public void Channel_capabilities_match_what_each_channel_shows()
    {
        Assert.True(Channel.SupportsSuggestedActions(Channels.Msteams, 3));
        Assert.False(Channel.SupportsSuggestedActions(Channels.Msteams, 4));
        Assert.True(Channel.SupportsCardActions(Channels.Msteams, 6));
        Assert.False(Channel.SupportsCardActions(Channels.Msteams, 7));
        Assert.True(Channel.SupportsSuggestedActions(Channels.Webchat, 10));
        Assert.False(Channel.SupportsSuggestedActions("sms", 1));
        Assert.False(Channel.SupportsCardActions(null, 1));
    }
}
