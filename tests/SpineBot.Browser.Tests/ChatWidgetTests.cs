using SpineBot.Browser.Tests.Browser;
using SpineBot.Browser.Tests.Pages;
using SpineBot.Browser.Tests.Site;

namespace SpineBot.Browser.Tests;

[Collection(SpineBotSiteDefinition.Name)]
public sealed class ChatWidgetTests(SpineBotSite site)
{
    private const string Timeout = "chat did not answer in time";

    [BrowserFact]
    public async Task LauncherOpensTheChatAndTheBotWelcomesTheVisitorBeforeTheyType()
    {
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop);
        await Assertions.Expect(clinic.Chat.Launcher).ToHaveAttributeAsync("aria-expanded", "false");

        await clinic.Chat.OpenAsync();
        var welcome = await clinic.Chat.WaitForFirstBotMessageAsync();

        Assert.False(string.IsNullOrWhiteSpace(welcome), Timeout);
        Assert.Equal(0, await clinic.Chat.UserMessageBubbles.CountAsync());
        await Assertions.Expect(clinic.Chat.Launcher).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(clinic.Chat.Frame.GetByRole(AriaRole.Heading, new() { Name = "SpineBot" })).ToBeVisibleAsync();
        await clinic.Chat.ScreenshotAsync("widget-welcome");
    }

    [BrowserFact]
    public async Task AMessageTheVisitorTypesGetsAReply()
    {
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop);
        await clinic.Chat.OpenAsync();
        await clinic.Chat.WaitForFirstBotMessageAsync();
        var before = await clinic.Chat.BotMessageBubbles.CountAsync();

        await clinic.Chat.SendAsync("My lower back hurts after my long run");

        await Assertions.Expect(clinic.Chat.BotMessageBubbles).ToHaveCountAsync(before + 1, new() { Timeout = (float)ChatWidget.ReplyTimeout.TotalMilliseconds });
        await Assertions.Expect(clinic.Chat.UserMessageBubbles.Last).ToContainTextAsync("My lower back hurts after my long run");
        await clinic.Chat.ScreenshotAsync("widget-conversation");
    }

    [BrowserFact]
    public async Task HtmlAndScriptTypedByTheVisitorAreShownAsTextAndNeverRun()
    {
        const string attack = "<img src=x onerror=\"alert('img')\"><b id=\"injected\">bold</b><script>alert('script')</script>";
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop);
        await clinic.Chat.OpenAsync();
        await clinic.Chat.WaitForFirstBotMessageAsync();
        var before = await clinic.Chat.BotMessageBubbles.CountAsync();

        await clinic.Chat.SendAsync(attack);
        await Assertions.Expect(clinic.Chat.BotMessageBubbles).ToHaveCountAsync(before + 1, new() { Timeout = (float)ChatWidget.ReplyTimeout.TotalMilliseconds });

        var shown = await clinic.Chat.Frame.Locator(".webchat__bubble__content").Filter(new() { HasText = "bold" }).AllInnerTextsAsync();
        Assert.NotEmpty(shown);
        // Shown as the characters typed (the bot's markdown may turn straight quotes into typographic ones).
        Assert.All(shown, text => Assert.Matches("<b id=.injected.>bold</b>", text));
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
    public async Task AReloadKeepsTheConversationWithoutASecondWelcome()
    {
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop);
        await clinic.Chat.OpenAsync();
        var welcome = await clinic.Chat.WaitForFirstBotMessageAsync();
        await clinic.Chat.SendAsync("It started after a 10k on Sunday");
        await Assertions.Expect(clinic.Chat.BotMessageBubbles).ToHaveCountAsync(2, new() { Timeout = (float)ChatWidget.ReplyTimeout.TotalMilliseconds });
        var botMessages = await clinic.Chat.BotMessageBubbles.CountAsync();

        await clinic.Page.ReloadAsync();
        await clinic.Chat.OpenAsync();

        await Assertions.Expect(clinic.Chat.UserMessageBubbles).ToContainTextAsync(["It started after a 10k on Sunday"], new() { Timeout = (float)ChatWidget.ReplyTimeout.TotalMilliseconds });
        await Assertions.Expect(clinic.Chat.BotMessageBubbles).ToHaveCountAsync(botMessages, new() { Timeout = (float)ChatWidget.ReplyTimeout.TotalMilliseconds });
        Assert.Single(await clinic.Chat.BotTextsAsync(), text => text == welcome);
    }

    [BrowserFact]
    public async Task WhenTheServiceNoLongerKnowsTheSavedConversationAReloadStartsANewOne()
    {
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop);
        await clinic.Chat.OpenAsync();
        await clinic.Chat.WaitForFirstBotMessageAsync();
        var chatFrame = clinic.Page.Frames.Single(frame => frame.Url.EndsWith("/widget", StringComparison.Ordinal));
        await chatFrame.EvaluateAsync(
            "() => { const s = JSON.parse(sessionStorage.getItem('spinebot.session')); s.token = 'no-longer-valid'; sessionStorage.setItem('spinebot.session', JSON.stringify(s)); }");

        await clinic.Page.ReloadAsync();
        await clinic.Chat.OpenAsync();

        var welcome = await clinic.Chat.WaitForFirstBotMessageAsync();
        Assert.False(string.IsNullOrWhiteSpace(welcome));
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
        await clinic.Page.Context.RouteAsync("**/api/directline/token", route => route.FulfillAsync(new() { Status = 503 }));

        await clinic.Chat.Launcher.ClickAsync();

        var notice = clinic.Chat.UnavailableNotice;
        await Assertions.Expect(notice).ToHaveAttributeAsync("role", "alert");
        await Assertions.Expect(notice).ToContainTextAsync("not available right now");
        await Assertions.Expect(notice.Locator("a[href='tel:+13108287757']")).ToBeVisibleAsync();
    }
}
