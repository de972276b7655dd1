using SpineBot.Triage.Causes;
using SpineBot.Triage.Reports;
using SpineBot.Triage.Tests.Story;
using SpineBot.Triage.Tests.Support;

namespace SpineBot.Triage.Tests.Causes;

/// <summary>
/// The causes fit only on what the clinic's article says causes back pain after running (clinical review, November
/// 2026, items 2 to 6).
/// </summary>
public sealed class ArticleFaithfulnessTests
{
    private static CauseMatcher Matcher => ShippedRules.Rules.Causes;

    private static List<string> CausesFor(string story) =>
        Matcher.Rank(ShippedRules.Rules.StoryReader.Read(story, known: null, StorySentences.Today)).Select(match => match.CauseId).ToList();

    [Theory]
    [InlineData("I run on pavement every day")]
    [InlineData("mostly roads and concrete")]
    [InlineData("I ran on the sidewalk the whole way")]
    public void Roads_and_pavement_are_flat_even_surfaces_not_a_cause(string story)
    {
        var report = ShippedRules.Rules.StoryReader.Read(story, known: null, StorySentences.Today);

        Assert.NotEqual(true, report.UnevenSurface);
        Assert.DoesNotContain(RunnerFacts.UnevenSurface, RunnerFacts.Of(report).Keys);
    }

    [Theory]
    [InlineData("I've been running on trails")]
    [InlineData("I ran on rocky trails")]
    [InlineData("lots of uneven ground on my route")]
    public void Trails_and_uneven_ground_count_as_the_articles_uneven_surface(string story)
    {
        var report = ShippedRules.Rules.StoryReader.Read(story, known: null, StorySentences.Today);

        Assert.True(report.UnevenSurface);
    }

    [Fact]
    public void Uneven_ground_alone_is_a_hint_that_never_makes_going_overboard_fit()
    {
        Assert.Empty(CausesFor("I've been running on trails"));
    }

    [Fact]
    public void Hills_are_not_a_cause_and_not_asked()
    {
        Assert.Empty(CausesFor("I started doing hills last month"));
        Assert.DoesNotContain(ShippedRules.Content.Questions, question => question.Slot == ReportSlots.Hills);
    }

    [Fact]
    public void Worn_shoes_alone_never_make_the_foot_strike_fit()
    {
        Assert.Empty(Matcher.Rank(new RunnerReport { WornOrUnsupportiveShoes = true }));
        Assert.Empty(CausesFor("my shoes are worn out"));
        Assert.DoesNotContain(ShippedRules.Content.Questions, question => question.Slot == ReportSlots.WornShoes);
    }

    [Fact]
    public void Heel_striking_still_makes_the_foot_strike_fit()
    {
        Assert.Equal(["foot-strike"], CausesFor("I land on my heels"));
    }

    [Theory]
    [InlineData("I don't carry water on my runs")]
    [InlineData("I forgot my water bottle")]
    public void Not_carrying_water_alone_never_makes_dehydration_fit(string story)
    {
        Assert.Empty(CausesFor(story));
    }

    [Theory]
    [InlineData("it was really hot and I don't carry water")]
    [InlineData("I forgot my water bottle and it was so humid")]
    public void No_water_on_a_hot_or_humid_run_fits_dehydration(string story)
    {
        Assert.Equal(["dehydration"], CausesFor(story));
    }

    [Theory]
    [InlineData(BackRegion.Lower)]
    [InlineData(BackRegion.Middle)]
    [InlineData(BackRegion.Upper)]
    public void Where_it_hurts_is_not_evidence_for_any_cause(BackRegion location)
    {
        var scores = Matcher.ScoreAll(new RunnerReport { Location = location });

        Assert.All(scores, match => Assert.Equal(0, match.Score));
    }

    [Fact]
    public void Rarely_doing_core_work_with_lower_back_pain_is_no_longer_enough_for_a_weak_core()
    {
        Assert.Empty(Matcher.Rank(new RunnerReport { Location = BackRegion.Lower, CoreTraining = CoreTrainingFrequency.Rarely }));
        Assert.Equal(["weak-core"], Matcher.Rank(new RunnerReport { CoreTraining = CoreTrainingFrequency.Never }).Select(match => match.CauseId));
    }
}
