using SpineBot.Dialogs.Choices;

namespace SpineBot.Dialogs.Tests.Choices;

/// <summary>What a typed reply is taken to mean among a question's choices: typos yes, a stray similar word no.</summary>
public sealed class ChoiceRecognitionTests
{
    private static readonly List<Choice> HowLong =
    [
        new("3") { Synonyms = ["a few days"] },
        new("7") { Synonyms = ["one week", "a week now", "for a week"] },
        new("14") { Synonyms = ["two weeks", "longer", "a month"] },
    ];

    [Theory]
    [InlineData("not rly")]
    [InlineData("ones")]
    [InlineData("only after long ones")]
    [InlineData("long")]
    public void A_reply_that_only_looks_like_part_of_a_choice_is_not_taken_as_it(string reply)
    {
        Assert.Null(ChoiceRecognizer.Recognize(reply, HowLong));
    }

    [Theory]
    [InlineData("longr", "14")]
    [InlineData("a mnth", "14")]
    [InlineData("one weak", "7")]
    [InlineData("a week", "7")]
    public void A_typo_or_most_of_a_choices_words_still_picks_it(string reply, string value)
    {
        Assert.Equal(value, ChoiceRecognizer.Recognize(reply, HowLong)?.Value);
    }
}
