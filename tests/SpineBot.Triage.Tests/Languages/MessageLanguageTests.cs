using SpineBot.Triage.Languages;

namespace SpineBot.Triage.Tests.Languages;

public sealed class MessageLanguageTests
{
    [Theory]
    [InlineData("me duele la espalda")]
    [InlineData("dolor lumbar después de correr")]
    [InlineData("sí")]
    [InlineData("hola")]
    [InlineData("una semana y media")]
    [InlineData("¿qué puedo hacer?")]
    public void A_short_spanish_message_is_read_as_spanish(string text) =>
        Assert.Equal(ChatLanguage.Spanish, MessageLanguage.Detect(text).Language);

    [Theory]
    [InlineData("my lower back hurts after running")]
    [InlineData("yes")]
    [InlineData("i don't know")]
    [InlineData("about a week and a half")]
    public void A_short_english_message_is_read_as_english(string text) =>
        Assert.Equal(ChatLanguage.English, MessageLanguage.Detect(text).Language);

    [Theory]
    [InlineData("ok")]
    [InlineData("no")]
    [InlineData("7")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_word_both_languages_share_or_a_number_decides_nothing(string? text)
    {
        var guess = MessageLanguage.Detect(text);

        Assert.Equal(ChatLanguage.Undecided, guess.Language);
        Assert.Equal(ChatLanguage.Undecided, guess.Preferred);
    }

    [Fact]
    public void A_balanced_mix_is_undecided_and_marked_mixed()
    {
        var guess = MessageLanguage.Detect("my back duele mucho");

        Assert.Equal(ChatLanguage.Undecided, guess.Language);
        Assert.True(guess.IsMixed);
    }

    [Theory]
    [InlineData("en español por favor")]
    [InlineData("En espanol")]
    [InlineData("habla español?")]
    [InlineData("¿Hablas español?")]
    [InlineData("do you speak spanish?")]
    [InlineData("Spanish please")]
    [InlineData("español")]
    [InlineData("no hablo inglés")]
    [InlineData("I don't understand English")]
    [InlineData("can you switch to spanish")]
    public void An_explicit_request_for_spanish_is_recognised(string text) =>
        Assert.Equal(ChatLanguage.Spanish, MessageLanguage.Detect(text).Requested);

    [Theory]
    [InlineData("in English please")]
    [InlineData("English please")]
    [InlineData("¿habla inglés?")]
    [InlineData("en inglés por favor")]
    [InlineData("I don't speak Spanish")]
    [InlineData("no hablo español")]
    [InlineData("cambia a inglés")]
    [InlineData("english")]
    public void An_explicit_request_for_english_is_recognised(string text) =>
        Assert.Equal(ChatLanguage.English, MessageLanguage.Detect(text).Requested);

    [Theory]
    [InlineData("me duele la espalda")]
    [InlineData("my spanish teacher says i run too much")]
    [InlineData("i ran in english class")]
    public void A_message_that_only_mentions_a_language_asks_for_none(string text) =>
        Assert.Equal(ChatLanguage.Undecided, MessageLanguage.Detect(text).Requested);

    [Fact]
    public void A_request_wins_over_the_language_it_is_written_in()
    {
        var guess = MessageLanguage.Detect("in English please");
        var spanishRequest = MessageLanguage.Detect("can we talk in spanish?");

        Assert.Equal(ChatLanguage.English, guess.Preferred);
        Assert.Equal(ChatLanguage.English, spanishRequest.Language);
        Assert.Equal(ChatLanguage.Spanish, spanishRequest.Preferred);
    }

    [Fact]
    public void A_very_long_message_is_read_quickly()
    {
        var text = string.Concat(Enumerable.Repeat("me duele la espalda ", 50_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var guess = MessageLanguage.Detect(text);

        Assert.Equal(ChatLanguage.Spanish, guess.Language);
        Assert.True(watch.ElapsedMilliseconds < 50, $"took {watch.ElapsedMilliseconds} ms");
    }
}
