using SpineBot.Content.Questions;
using SpineBot.Content.Tests.Support;
using SpineBot.Triage.Reports;

namespace SpineBot.Content.Tests.Questions;

public sealed class ChoiceSetTests
{
    private static ChoiceSet Set(string id) => ShippedContent.English.ChoiceSets[id];

    [Theory]
    [InlineData("yes-no", "Yes", "yes")]
    [InlineData("yes-no", "yep!", "yes")]
    [InlineData("yes-no", "Nope", "no")]
    [InlineData("yes-no", "not really", "no")]
    [InlineData("yes-no", "no idea", "unsure")]
    [InlineData("yes-no", "I don't know", "unsure")]
    [InlineData("back-region", "Lower back", "lower")]
    [InlineData("back-region", "lumbar", "lower")]
    [InlineData("back-region", "I think it's between my shoulder blades", "upper")]
    [InlineData("side", "mostly the LEFT", "left")]
    [InlineData("duration", "14", "14")]
    [InlineData("core-frequency", "twice a week", "several-times-a-week")]
    [InlineData("surface", "Trails or uneven ground", "yes")]
    public void A_typed_answer_picks_the_choice_a_person_would(string setId, string answer, string expectedValue)
    {
        var choice = Set(setId).Find(answer);

        Assert.NotNull(choice);
        Assert.Equal(expectedValue, choice.Value);
    }

    [Theory]
    [InlineData("yes-no", "banana")]
    [InlineData("yes-no", "")]
    [InlineData("back-region", "my knee")]
    [InlineData("side", "left and right")]
    public void An_answer_that_matches_nothing_or_two_things_picks_nothing(string setId, string answer)
    {
        Assert.Null(Set(setId).Find(answer));
    }

    [Fact]
    public void A_picked_duration_fills_the_report_with_its_days_and_words()
    {
        var question = ShippedContent.English.Question("duration");
        var choice = question.Choices!.Find("Two weeks or more")!;

        var report = question.Apply(new RunnerReport(), choice);

        Assert.Equal(14, report.Duration!.ToDays());
        Assert.Equal("two weeks or more", report.Duration.Phrase);
        Assert.True(question.IsAnsweredBy(report));
    }

    [Fact]
    public void A_picked_surface_keeps_its_words_for_why_it_fits()
    {
        var question = ShippedContent.English.Question("surface");

        var report = question.Apply(new RunnerReport(), question.Choices!.Find("trails")!);

        Assert.True(report.UnevenSurface);
        Assert.Equal("trails or uneven ground", report.SurfacePhrase);
    }

    [Fact]
    public void Roads_and_pavement_are_the_articles_flat_even_surfaces()
    {
        var question = ShippedContent.English.Question("surface");

        var report = question.Apply(new RunnerReport(), question.Choices!.Find("roads")!);

        Assert.False(report.UnevenSurface);
        Assert.Null(report.SurfacePhrase);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    [InlineData(-1, false)]
    public void The_severity_question_takes_numbers_from_0_to_10(int number, bool accepted)
    {
        var question = ShippedContent.English.Question("severity");

        if (accepted)
        {
            Assert.Equal(number, question.Apply(new RunnerReport(), number).Severity);
        }
        else
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => question.Apply(new RunnerReport(), number));
        }
    }
}
