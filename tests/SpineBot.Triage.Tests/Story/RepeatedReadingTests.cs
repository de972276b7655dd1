using SpineBot.Triage.Reports;
using SpineBot.Triage.Story;
using SpineBot.Triage.Tests.Support;

namespace SpineBot.Triage.Tests.Story;

/// <summary>A message is read several times in its turn; a repeated reading is remembered, and must be the same reading.</summary>
public sealed class RepeatedReadingTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static RunnerStoryReader Reader => ShippedRules.Rules.StoryReader;

    [Fact]
    public void The_same_answer_read_on_top_of_two_different_stories_keeps_what_each_story_said()
    {
        var lower = Reader.Read("my lower back hurts, about a 4", known: null, Today);
        var upper = Reader.Read("my upper back hurts, about a 7", known: null, Today);

        var onLower = Reader.Read("it's getting worse", lower, Today);
        var onUpper = Reader.Read("it's getting worse", upper, Today);
        var onNothing = Reader.Read("it's getting worse", known: null, Today);

        Assert.Equal((BackRegion.Lower, 4, PainTrend.Worse), (onLower.Location, onLower.Severity, onLower.Trend));
        Assert.Equal((BackRegion.Upper, 7, PainTrend.Worse), (onUpper.Location, onUpper.Severity, onUpper.Trend));
        Assert.Equal((null, null, PainTrend.Worse), (onNothing.Location, onNothing.Severity, onNothing.Trend));
    }

    [Fact]
    public void Since_saturday_is_counted_from_the_day_it_is_read_on()
    {
        var onWednesday = Reader.Read("it started hurting on saturday", known: null, new DateOnly(2026, 11, 25));
        var onSunday = Reader.Read("it started hurting on saturday", known: null, new DateOnly(2026, 11, 22));

        Assert.NotEqual(onWednesday.Duration, onSunday.Duration);
    }

    [Fact]
    public void A_message_read_again_gives_the_same_report()
    {
        var first = Reader.Read("for about 3 weeks my lower right back has been sore after every run, a 7 out of 10", known: null, Today);
        var again = Reader.Read("for about 3 weeks my lower right back has been sore after every run, a 7 out of 10", known: null, Today);

        Assert.Equal(first, again);
        Assert.Equal(21, again.Duration!.ToDays());
    }
}
