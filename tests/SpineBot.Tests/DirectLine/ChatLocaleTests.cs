using SpineBot.Content.Loading;
using SpineBot.Tests.Hosting;

namespace SpineBot.Tests.DirectLine;

/// <summary>
/// A Spanish browser's widget asks for its token with its locale, so the embedded Direct Line starts the conversation
/// in it: the runner is welcomed once, in Spanish (before, the start carried no locale and an English welcome came
/// first, then the Spanish one).
/// </summary>
public sealed class ChatLocaleTests : IDisposable
{
    private readonly BotApplicationFactory _factory = new();

    [Fact]
    public async Task A_chat_started_with_a_spanish_locale_is_welcomed_once_in_spanish()
    {
        var client = new WebChatClient(_factory.CreateClient());
        var languages = _factory.Services.GetRequiredService<ContentLanguages>();

        var (session, _) = await client.ConnectAsync("es-US");
        var welcome = await client.GetActivitiesAsync(session);

        Assert.Contains(welcome.BotTexts, text => text.Contains(languages.Find("es")!.Messages.Welcome.Greeting, StringComparison.Ordinal));
        Assert.DoesNotContain(welcome.BotTexts, text => text.Contains(languages.Find("en")!.Messages.Welcome.Greeting, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not a locale; drop table")]
    [InlineData("<script>")]
    public async Task A_locale_that_is_not_a_language_tag_is_ignored_and_the_chat_starts_in_english(string locale)
    {
        var client = new WebChatClient(_factory.CreateClient());
        var languages = _factory.Services.GetRequiredService<ContentLanguages>();

        var (session, _) = await client.ConnectAsync(locale);
        var welcome = await client.GetActivitiesAsync(session);

        Assert.Contains(welcome.BotTexts, text => text.Contains(languages.Find("en")!.Messages.Welcome.Greeting, StringComparison.Ordinal));
    }

    public void Dispose() => _factory.Dispose();
}
