using SpineBot.Triage.Handoff;
using SpineBot.Triage.Tests.Support;

namespace SpineBot.Triage.Tests.Handoff;

/// <summary>The article's "lingering pain should be evaluated", from stories as runners tell them.</summary>
public sealed class LingeringPainInRunnersWordsTests
{
    private static readonly DateOnly Wednesday = new(2026, 11, 25);

    private static HandoffAssessment Assess(string story) =>
        ShippedRules.Rules.Handoff.Assess(ShippedRules.Rules.StoryReader.Read(story, known: null, Wednesday));

    [Theory]
    [InlineData("my lower back has been about the same for a week and a half, maybe a 3")]
    [InlineData("it's been 10 days, not sure if it's getting better")]
    [InlineData("about a week now and it's not getting better")]
    [InlineData("it hurts after every run for the past month")]
    [InlineData("3 weeks of a dull ache, it's a 2")]
    [InlineData("it's a 7 out of 10 since yesterday")]
    [InlineData("pain shooting down my left leg since this morning")]
    [InlineData("it's getting worse, about a 4")]
    public void Lingering_or_worrying_pain_is_worth_having_evaluated(string story)
    {
        var assessment = Assess(story);

        Assert.True(assessment.IsRecommended, $"\"{story}\" should be evaluated.");
        Assert.False(assessment.IsSoon);
    }

    [Theory]
    [InlineData("sore for 3 days, getting better, it's a 2")]
    [InlineData("it's been a week and it's getting better, about a 3")]
    [InlineData("a little sore since saturday, a 3")]
    public void Short_mild_or_improving_pain_is_self_care(string story)
    {
        Assert.False(Assess(story).IsRecommended, $"\"{story}\" is self-care.");
    }

    [Theory]
    [InlineData("it's a 9 and getting worse every day")]
    [InlineData("8/10 and it keeps getting worse")]
    public void Severe_pain_getting_worse_should_be_seen_within_days(string story)
    {
        var assessment = Assess(story);

        Assert.True(assessment.IsSoon);
        Assert.Contains(HandoffReasons.Severe, assessment.ReasonIds);
        Assert.Contains(HandoffReasons.GettingWorse, assessment.ReasonIds);
    }
}
