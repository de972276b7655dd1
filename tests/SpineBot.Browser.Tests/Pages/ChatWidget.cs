using SpineBot.Browser.Tests.Browser;

namespace SpineBot.Browser.Tests.Pages;

/// <summary>
/// The chat as a visitor uses it: the launcher in the corner, the panel with Web Chat inside its frame, the send
/// box, the bot's messages and its buttons (suggested actions and card buttons).
/// </summary>
internal sealed class ChatWidget(IPage page, Device device)
{
    private const string BotMessages = ".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content";
    private const string UserMessages = ".webchat__bubble--from-user .webchat__bubble__content";

    /// <summary>How long a bot reply may take; polling Direct Line answers within a second or two.</summary>
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(20);

    public ILocator Launcher => page.Locator("button.spinebot-launcher");

    public ILocator Panel => page.Locator("#spinebot-panel");

    public ILocator PanelFrame => page.Locator("iframe.spinebot-panel__frame");

    /// <summary>Inside the chat's frame.</summary>
    public IFrameLocator Frame => page.FrameLocator("iframe.spinebot-panel__frame");

    public ILocator SendBox => Frame.Locator("[data-id='webchat-sendbox-input']");

    public ILocator CloseButton => Frame.Locator("button.chat__close");

    /// <summary>The notice, with the clinic's number, shown when the chat cannot start.</summary>
    public ILocator UnavailableNotice => Frame.Locator("#chat-unavailable");

    public ILocator BotMessageBubbles => Frame.Locator(BotMessages);

    public ILocator UserMessageBubbles => Frame.Locator(UserMessages);

    /// <summary>Clicks the launcher and waits until the send box can be typed in.</summary>
    public async Task OpenAsync()
    {
        await Launcher.ClickAsync();
        await Assertions.Expect(Panel).ToBeVisibleAsync();
        await Assertions.Expect(SendBox).ToBeEditableAsync(new() { Timeout = (float)ReplyTimeout.TotalMilliseconds });
    }

    /// <summary>Types <paramref name="text"/> into the send box and sends it with Enter.</summary>
    public async Task SendAsync(string text)
    {
        var sent = await UserMessageBubbles.CountAsync();
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
        await Assertions.Expect(UserMessageBubbles).ToHaveCountAsync(sent + 1, new() { Timeout = (float)ReplyTimeout.TotalMilliseconds });
    }

    /// <summary>Clicks the latest button (suggested action or card button) whose name is <paramref name="text"/>.</summary>
    public async Task ClickButtonAsync(string text)
    {
        var button = Frame.GetByRole(AriaRole.Button, new() { Name = text, Exact = true }).Last;
        await button.ClickAsync(new() { Timeout = (float)ReplyTimeout.TotalMilliseconds });
    }

    /// <summary>Waits for a bot message containing <paramref name="contains"/>; returns its whole text.</summary>
    public async Task<string> WaitForBotTextAsync(string contains)
    {
        var message = BotMessageBubbles.Filter(new() { HasText = contains }).Last;
        await message.WaitForAsync(new() { Timeout = (float)ReplyTimeout.TotalMilliseconds });
        return await message.InnerTextAsync();
    }

    /// <summary>Waits for the bot's first message (its welcome); returns its text.</summary>
    public async Task<string> WaitForFirstBotMessageAsync()
    {
        var first = BotMessageBubbles.First;
        await first.WaitForAsync(new() { Timeout = (float)ReplyTimeout.TotalMilliseconds });
        return await first.InnerTextAsync();
    }

    /// <summary>The texts of all the bot's messages so far.</summary>
    public Task<IReadOnlyList<string>> BotTextsAsync() => BotMessageBubbles.AllInnerTextsAsync();

    /// <summary>Saves a screenshot of the page with the chat open under <see cref="TestArtifacts"/>; returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = TestArtifacts.PathFor($"{name}-{device.Name}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }
}
