using SpineBot.Browser.Tests.Browser;
using SpineBot.Browser.Tests.Hosting;
using SpineBot.Browser.Tests.Pages;
using SpineBot.Browser.Tests.Site;

namespace SpineBot.Browser.Tests;

/// <summary>The one-line snippet from docs/widget.md, pasted into another site's page.</summary>
[Collection(SpineBotSiteDefinition.Name)]
public sealed class EmbedSnippetTests(SpineBotSite site)
{
    [BrowserFact]
    public async Task ASiteTheBotAllowsShowsTheChatThroughTheSnippet()
    {
        await using var partner = await ClinicPage.OpenEmbeddingSiteAsync(site, Device.Desktop, SpineBotSite.PartnerOrigin);

        await partner.Chat.OpenAsync();

        Assert.Equal(0, await partner.Chat.WaitForBotMessageAsync(BotContent.Current.Messages.Welcome.Greeting));
        await partner.Chat.WaitForQuestionAsync(BotContent.Current.Messages.Welcome.StartPrompt, 1);
        Assert.Empty(partner.Watch.ConsoleErrors);
    }

    [BrowserFact]
    public async Task ASiteTheBotDoesNotAllowCannotFrameTheChat()
    {
        await using var stranger = await ClinicPage.OpenEmbeddingSiteAsync(site, Device.Desktop, SpineBotSite.UnlistedOrigin);

        await stranger.Chat.Launcher.ClickAsync();
        await Assertions.Expect(stranger.Chat.Panel).ToBeVisibleAsync();

        await AssertEventuallyAsync(() => stranger.Watch.ConsoleErrors.Any(error => error.Contains("frame-ancestors", StringComparison.Ordinal)));
        Assert.Equal(0, await stranger.Chat.SendBox.CountAsync());
    }

    private static async Task AssertEventuallyAsync(Func<bool> condition)
    {
        var deadline = DateTimeOffset.UtcNow + ChatWidget.ReplyTimeout;
        while (!condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The browser did not report the refused frame in time.");
            await Task.Delay(100);
        }
    }
}
