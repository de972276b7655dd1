using SpineBot.Browser.Tests.Browser;
using SpineBot.Browser.Tests.Hosting;
using SpineBot.Browser.Tests.Pages;
using SpineBot.Browser.Tests.Site;
using SpineBot.Content;
using SpineBot.Triage.Reports;

namespace SpineBot.Browser.Tests;

[Collection(SpineBotSiteDefinition.Name)]
public sealed class ChatWidgetTests(SpineBotSite site)
{
    private static ClinicContent Content => BotContent.Current;

    [BrowserFact]
    public async Task LauncherOpensTheChatAndTheBotWelcomesTheVisitorBeforeTheyType()
    {
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop);
        await Assertions.Expect(clinic.Chat.Launcher).ToHaveAttributeAsync("aria-expanded", "false");

        await clinic.Chat.OpenAsync();

        var welcome = Content.Messages.Welcome;
        Assert.Equal(0, await clinic.Chat.WaitForBotMessageAsync(welcome.Greeting));
        var notADiagnosis = await clinic.Chat.WaitForBotMessageAsync(welcome.NotADiagnosis, 1);
        Assert.True(ShownText.Contains((await clinic.Chat.BotTextsAsync())[notADiagnosis], welcome.Emergency));
        await clinic.Chat.WaitForQuestionAsync(welcome.StartPrompt, notADiagnosis + 1);
        Assert.Equal(0, await clinic.Chat.UserMessageBubbles.CountAsync());
        await Assertions.Expect(clinic.Chat.Launcher).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(clinic.Chat.Frame.GetByRole(AriaRole.Heading, new() { Name = "SpineBot" })).ToBeVisibleAsync();
        await clinic.Chat.ScreenshotAsync("widget-welcome");
    }

    [BrowserFact]
    public async Task ATypedStoryIsThankedSaidBackAndFollowedByTheSafetyCheckWithItsButtons()
    {
        const string story = "My lower back hurts after my long run";
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop);
        await clinic.Chat.OpenAsync();
        var from = await clinic.Chat.WaitForQuestionAsync(Content.Messages.Welcome.StartPrompt) + 1;

        await clinic.Chat.SendAsync(story);

        await Assertions.Expect(clinic.Chat.UserMessageBubbles.Last).ToHaveTextAsync(story);
        var thanks = await clinic.Chat.WaitForBotMessageAsync(Content.Messages.StoryThanks, from);
        var sayBack = await clinic.Chat.WaitForBotMessageAsync(Content.Messages.SayBack, thanks + 1);
        var understood = (await clinic.Chat.BotTextsAsync())[sayBack];
        Assert.True(ShownText.Contains(understood, Content.Messages.Labels.Location[BackRegion.Lower]), understood);
        var safetyCheck = Content.RedFlags.SafetyCheck!;
        await clinic.Chat.WaitForQuestionAsync(safetyCheck.FirstQuestion, sayBack + 1);
        Assert.Equal(safetyCheck.Choices.Choices.Select(choice => choice.Title), await clinic.Chat.SuggestedActionTitlesAsync());
        await clinic.Chat.ScreenshotAsync("widget-conversation");
    }

    [BrowserFact]
    public async Task TheBotsRepliesReachTheChatOverItsWebSocketStreamWithoutPolling()
    {
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop);
        await clinic.Chat.OpenAsync();
        var from = await clinic.Chat.WaitForQuestionAsync(Content.Messages.Welcome.StartPrompt) + 1;

        await clinic.Chat.SendAsync("My lower back hurts after my long run");
        await clinic.Chat.WaitForQuestionAsync(Content.RedFlags.SafetyCheck!.FirstQuestion, from);

        var stream = Assert.Single(clinic.Watch.WebSockets);
        Assert.StartsWith($"ws://{site.Address.Authority}/", stream.Url, StringComparison.Ordinal);
        Assert.False(stream.IsClosed, stream.ToString());
        Assert.True(stream.FramesReceived > 0, stream.ToString());
        Assert.Empty(clinic.Watch.ActivityPolls);
    }

    [BrowserFact]
    public async Task HtmlAndScriptTypedByTheVisitorAreShownAsTextAndNeverRun()
    {
        const string attack = "<img src=x onerror=\"alert('img')\"><b id=\"injected\">bold</b><script>alert('script')</script>";
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop);
        await clinic.Chat.OpenAsync();
        var from = await clinic.Chat.WaitForQuestionAsync(Content.Messages.Welcome.StartPrompt) + 1;

        await clinic.Chat.SendAsync(attack);
        // The bot's whole answer (it ends with the safety check) is on screen, so anything injected would be too.
        await clinic.Chat.WaitForQuestionAsync(Content.RedFlags.SafetyCheck!.FirstQuestion, from);

        var shown = await clinic.Chat.Frame.Locator(".webchat__bubble__content").Filter(new() { HasText = "bold" }).AllInnerTextsAsync();
        var typed = Assert.Single(shown);
        // Shown as the characters typed (Web Chat's markdown may turn straight quotes into typographic ones).
        Assert.Equal(ShownText.Normalize(attack), ShownText.Normalize(typed));
        Assert.Equal(0, await clinic.Chat.Frame.Locator("#injected, .webchat__bubble img[src='x'], .webchat__bubble b, .webchat__bubble script").CountAsync());
        Assert.Empty(clinic.Watch.Dialogs);
    }

    [BrowserFact]
    public async Task EscapeClosesTheChatAndGivesFocusBackToTheLauncher()
    {
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop);
        await clinic.Chat.OpenAsync();
        await Assertions.Expect(clinic.Chat.SendBox).ToBeFocusedAsync();

        await clinic.Page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(clinic.Chat.Panel).ToBeHiddenAsync();
        await Assertions.Expect(clinic.Chat.Launcher).ToBeFocusedAsync();
        await Assertions.Expect(clinic.Chat.Launcher).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [BrowserFact]
    public async Task AReloadKeepsTheConversationWithoutASecondWelcomeAndItGoesOn()
    {
        const string story = "It started after a 10k on Sunday";
        var safetyCheck = Content.RedFlags.SafetyCheck!;
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop);
        await clinic.Chat.OpenAsync();
        var from = await clinic.Chat.WaitForQuestionAsync(Content.Messages.Welcome.StartPrompt) + 1;
        await clinic.Chat.SendAsync(story);
        var botMessages = await clinic.Chat.WaitForQuestionAsync(safetyCheck.FirstQuestion, from) + 1;

        await clinic.Page.ReloadAsync();
        await clinic.Chat.OpenAsync();

        await Assertions.Expect(clinic.Chat.UserMessageBubbles).ToHaveTextAsync([story], new() { Timeout = (float)ChatWidget.ReplyTimeout.TotalMilliseconds });
        await clinic.Chat.WaitForQuestionAsync(safetyCheck.FirstQuestion, botMessages - 1);
        await Assertions.Expect(clinic.Chat.BotMessageBubbles).ToHaveCountAsync(botMessages);
        var texts = await clinic.Chat.BotTextsAsync();
        Assert.Single(texts, text => ShownText.Contains(text, Content.Messages.Welcome.Greeting));
        Assert.Single(texts, text => ShownText.Is(text, Content.Messages.Welcome.StartPrompt));

        await new Runner(clinic.Chat, Content).AnswersNoToTheSafetyCheckAsync(botMessages - 1);
    }

    [BrowserFact]
    public async Task WhenTheServiceNoLongerKnowsTheSavedConversationAReloadStartsANewOne()
    {
        const string story = "My lower back hurts after my long run";
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop);
        await clinic.Chat.OpenAsync();
        var from = await clinic.Chat.WaitForQuestionAsync(Content.Messages.Welcome.StartPrompt) + 1;
        await clinic.Chat.SendAsync(story);
        await clinic.Chat.WaitForQuestionAsync(Content.RedFlags.SafetyCheck!.FirstQuestion, from);
        // The embed opens /widget?lang=<the chat's language>.
        var chatFrame = clinic.Page.Frames.Single(frame => frame.Url.StartsWith(new Uri(site.Address, "/widget?").ToString(), StringComparison.Ordinal));
        await chatFrame.EvaluateAsync(
            "() => { const s = JSON.parse(sessionStorage.getItem('spinebot.session')); s.token = 'no-longer-valid'; sessionStorage.setItem('spinebot.session', JSON.stringify(s)); }");

        await clinic.Page.ReloadAsync();
        await clinic.Chat.OpenAsync();

        Assert.Equal(0, await clinic.Chat.WaitForBotMessageAsync(Content.Messages.Welcome.Greeting));
        await clinic.Chat.WaitForQuestionAsync(Content.Messages.Welcome.StartPrompt, 1);
        Assert.Equal(0, await clinic.Chat.UserMessageBubbles.CountAsync());
        await Assertions.Expect(clinic.Chat.UnavailableNotice).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task TheChatButtonsInThePageTextOpenTheChat()
    {
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop);

        await clinic.Page.GetByRole(AriaRole.Button, new() { Name = "Start a chat" }).ClickAsync();

        await Assertions.Expect(clinic.Chat.Panel).ToBeVisibleAsync();
        await Assertions.Expect(clinic.Chat.SendBox).ToBeEditableAsync(new() { Timeout = (float)ChatWidget.ReplyTimeout.TotalMilliseconds });
    }

    [BrowserFact]
    public async Task WhenTheChatCannotStartTheVisitorIsToldToCallTheClinic()
    {
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop);
        await clinic.Page.Context.RouteAsync("**/api/directline/token**", route => route.FulfillAsync(new() { Status = 503 }));

        await clinic.Chat.Launcher.ClickAsync();

        var notice = clinic.Chat.UnavailableNotice;
        await Assertions.Expect(notice).ToHaveAttributeAsync("role", "alert");
        await Assertions.Expect(notice).ToContainTextAsync("not available right now");
        await Assertions.Expect(notice.Locator("a[href='tel:+13108287757']")).ToBeVisibleAsync();
    }
}
