using System.Diagnostics;
using SpineBot.Browser.Tests.Browser;

namespace SpineBot.Browser.Tests.Pages;

/// <summary>
/// The chat as a visitor uses it: the launcher in the corner, the panel with Web Chat inside its frame, the send
/// box, the bot's messages and its buttons (suggested actions under a question, and card buttons).
/// </summary>
internal sealed class ChatWidget(IPage page, Device device)
{
    private const string Bubbles = ".webchat__bubble";
    private const string BotMessages = ".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content";
    private const string UserMessages = ".webchat__bubble--from-user .webchat__bubble__content";
    private const string SuggestedActionsBar = ".webchat__suggested-actions";

    /// <summary>How long a bot reply may take; the bot answers over its WebSocket within a second or two.</summary>
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public ILocator Launcher => page.Locator("button.spinebot-launcher");

    public ILocator Panel => page.Locator("#spinebot-panel");

    public ILocator PanelFrame => page.Locator("iframe.spinebot-panel__frame");

    /// <summary>Inside the chat's frame.</summary>
    public IFrameLocator Frame => page.FrameLocator("iframe.spinebot-panel__frame");

    public ILocator SendBox => Frame.Locator("[data-id='webchat-sendbox-input']");

    public ILocator CloseButton => Frame.Locator("button.chat__close");

    /// <summary>The notice, with the clinic's number, shown when the chat cannot start.</summary>
    public ILocator UnavailableNotice => Frame.Locator("#chat-unavailable");

    /// <summary>Every message of the bot, text or card, in the order shown.</summary>
    public ILocator BotMessageBubbles => Frame.Locator(BotMessages);

    public ILocator UserMessageBubbles => Frame.Locator(UserMessages);

    /// <summary>The buttons offered under the bot's latest question (Web Chat's suggested actions).</summary>
    public ILocator SuggestedActions => Frame.Locator(SuggestedActionsBar).GetByRole(AriaRole.Button);

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

    /// <summary>Answers the bot's latest question by clicking its suggested action <paramref name="title"/>.</summary>
    public async Task ChooseAsync(string title)
    {
        var sent = await UserMessageBubbles.CountAsync();
        await Frame.Locator(SuggestedActionsBar)
            .GetByRole(AriaRole.Button, new() { Name = title, Exact = true })
            .ClickAsync(new() { Timeout = (float)ReplyTimeout.TotalMilliseconds });
        await Assertions.Expect(UserMessageBubbles).ToHaveCountAsync(sent + 1, new() { Timeout = (float)ReplyTimeout.TotalMilliseconds });
        await Assertions.Expect(UserMessageBubbles.Last).ToHaveTextAsync(title);
    }

    /// <summary>The titles of the buttons under the bot's latest question.</summary>
    public async Task<IReadOnlyList<string>> SuggestedActionTitlesAsync() =>
        [.. (await SuggestedActions.AllInnerTextsAsync()).Select(ShownText.Normalize)];

    /// <summary>
    /// Waits for a bot message at position <paramref name="from"/> or later that contains the content's
    /// <paramref name="wording"/>; returns its position.
    /// </summary>
    public Task<int> WaitForBotMessageAsync(string wording, int from = 0) =>
        WaitForBotMessageAsync(text => ShownText.Contains(text, wording), from, $"\"{wording}\"");

    /// <summary>
    /// Waits for a bot message at position <paramref name="from"/> or later that is exactly the content's question
    /// <paramref name="prompt"/> (a question is the last thing the bot says in a turn); returns its position.
    /// </summary>
    public Task<int> WaitForQuestionAsync(string prompt, int from = 0) =>
        WaitForBotMessageAsync(text => ShownText.Is(text, prompt), from, $"the question \"{prompt}\"");

    /// <summary>
    /// Waits for a bot message at position <paramref name="from"/> or later that <paramref name="isWanted"/>; returns
    /// its position. Fails with the conversation so far when none comes in time.
    /// </summary>
    public async Task<int> WaitForBotMessageAsync(Func<string, bool> isWanted, int from, string description)
    {
        ArgumentNullException.ThrowIfNull(isWanted);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var texts = await BotTextsAsync();
            for (var index = from; index < texts.Count; index++)
            {
                if (isWanted(texts[index]))
                {
                    return index;
                }
            }

            if (waited.Elapsed > ReplyTimeout)
            {
                throw new TimeoutException(
                    $"The bot did not say {description} within {ReplyTimeout.TotalSeconds} s. The conversation so far:\n{await TranscriptAsync()}");
            }

            await Task.Delay(PollInterval);
        }
    }

    /// <summary>The texts of all the bot's messages so far.</summary>
    public Task<IReadOnlyList<string>> BotTextsAsync() => BotMessageBubbles.AllInnerTextsAsync();

    /// <summary>The whole conversation as shown, one line per message ("Bot:" or "Visitor:"), for failure messages.</summary>
    public async Task<string> TranscriptAsync()
    {
        var lines = await Frame.Locator(Bubbles).EvaluateAllAsync<string[]>(
            "bubbles => bubbles.map(b => (b.classList.contains('webchat__bubble--from-user') ? 'Visitor: ' : 'Bot: ') + b.innerText)");
        return string.Join('\n', lines.Select(ShownText.Normalize));
    }

    /// <summary>
    /// The links the visitor's taps asked the chat to open (a card's call button opens <c>tel:</c>), in order; the
    /// page records them instead of opening them (see <see cref="ClinicPage"/>).
    /// </summary>
    public async Task<IReadOnlyList<string>> OpenedLinksAsync()
    {
        var chat = page.Frames.Single(frame => Uri.TryCreate(frame.Url, UriKind.Absolute, out var url) && url.AbsolutePath == "/widget");
        return await chat.EvaluateAsync<string[]>($"() => window.{ClinicPage.OpenedLinksVariable} ?? []");
    }

    /// <summary>
    /// Waits until the transcript has scrolled down to the bot's latest message, as Web Chat does (with an animation)
    /// when messages arrive; fails when it does not get there.
    /// </summary>
    public async Task WaitUntilScrolledToLatestAsync()
    {
        var transcript = Frame.Locator(".webchat__basic-transcript__scrollable");
        var waited = Stopwatch.StartNew();
        while (!await transcript.EvaluateAsync<bool>("t => t.scrollHeight - t.clientHeight - t.scrollTop < 2"))
        {
            if (waited.Elapsed > ReplyTimeout)
            {
                throw new TimeoutException($"The chat did not scroll to its latest message within {ReplyTimeout.TotalSeconds} s.");
            }

            await Task.Delay(PollInterval);
        }
    }

    /// <summary>
    /// Saves a screenshot of the chat panel (the widget), scrolled to its latest message, under
    /// <see cref="TestArtifacts"/>; returns its path.
    /// </summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        await WaitUntilScrolledToLatestAsync();
        var path = TestArtifacts.PathFor($"{name}-{device.Name}");
        await Panel.ScreenshotAsync(new LocatorScreenshotOptions { Path = path, Animations = ScreenshotAnimations.Disabled });
        return path;
    }
}
