using SpineBot.Browser.Tests.Browser;
using SpineBot.Browser.Tests.Pages;
using SpineBot.Browser.Tests.Site;

namespace SpineBot.Browser.Tests;

[Collection(SpineBotSiteDefinition.Name)]
public sealed class PhoneTests(SpineBotSite site)
{
    [BrowserFact]
    public async Task OnAPhoneTheChatFillsTheScreenAndAConversationWorks()
    {
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Phone);
        await clinic.ScreenshotAsync("clinic-page");

        await clinic.Chat.OpenAsync();
        await clinic.Chat.WaitForFirstBotMessageAsync();
        var before = await clinic.Chat.BotMessageBubbles.CountAsync();
        await clinic.Chat.SendAsync("Sharp pain in my lower back after running");
        await Assertions.Expect(clinic.Chat.BotMessageBubbles).ToHaveCountAsync(before + 1, new() { Timeout = (float)ChatWidget.ReplyTimeout.TotalMilliseconds });

        var panel = await clinic.Chat.Panel.BoundingBoxAsync();
        Assert.NotNull(panel);
        Assert.Equal((0f, 0f, Device.Phone.Width, Device.Phone.Height), (panel.X, panel.Y, panel.Width, panel.Height));
        Assert.True(await clinic.Chat.SendBox.IsVisibleAsync());
        await clinic.Chat.ScreenshotAsync("widget-conversation");
    }

    [BrowserFact]
    public async Task OnAPhoneTheCloseButtonInTheChatHeaderBringsThePageBack()
    {
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Phone);
        await clinic.Chat.OpenAsync();

        await clinic.Chat.CloseButton.ClickAsync();

        await Assertions.Expect(clinic.Chat.Panel).ToBeHiddenAsync();
        await Assertions.Expect(clinic.Chat.Launcher).ToBeVisibleAsync();
        await Assertions.Expect(clinic.Chat.Launcher).ToBeFocusedAsync();
    }
}
