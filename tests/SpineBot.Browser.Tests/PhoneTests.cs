using SpineBot.Browser.Tests.Browser;
using SpineBot.Browser.Tests.Hosting;
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

        var content = BotContent.Current;
        await clinic.Chat.OpenAsync();
        var from = await clinic.Chat.WaitForQuestionAsync(content.Messages.Welcome.StartPrompt) + 1;
        await clinic.Chat.SendAsync("Sharp pain in my lower back after running");
        await new Runner(clinic.Chat, content).AnswersNoToTheSafetyCheckAsync(from);

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
