using SpineBot.Content.Loading;

namespace SpineBot.Content.Tests.Questions;

/// <summary>
/// After a reply the bot did not understand it says one of "notUnderstood" ("Sorry, I didn't catch that.") and then the
/// question's "retryPrompt": the runner hears one apology, not "Sorry, I didn't catch that. Sorry, is it getting better...".
/// </summary>
public sealed class RetryWordingTests
{
    private static readonly Lazy<ContentLanguages> Shipped = new(() => ContentLanguages.Load(RepositoryFolders.Dialogs));

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void A_question_asked_again_after_a_miss_apologises_once(string language)
    {
        var content = Shipped.Value.Find(language)!;
        var apologies = content.Messages.NotUnderstood.Select(opener => opener.Split(' ')[0].TrimEnd(',', '.')).Distinct().ToList();

        var twice = content.Questions
            .Where(question => apologies.Any(apology => question.RetryPrompt.TrimStart('¿').StartsWith(apology, StringComparison.OrdinalIgnoreCase)))
            .Select(question => question.Id)
            .ToList();

        Assert.NotEmpty(apologies);
        Assert.Empty(twice);
    }
}
