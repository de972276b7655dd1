using SpineBot.Triage.Causes;
using SpineBot.Triage.Reports;
using SpineBot.Triage.Tests.Support;

namespace SpineBot.Triage.Tests.Causes;

public sealed class CauseMatcherTests
{
    private static CauseMatcher Matcher => ShippedRules.Rules.Causes;

    public static TheoryData<string, string> TypicalStories => new()
    {
        { "going-overboard", "I upped my mileage from 15 to 25 miles and started doing hills" },
        { "weak-core", "my lower back hurts and I never do core" },
        { "running-form", "my upper back hurts, I lean forward when I run and take long strides" },
        { "dehydration", "it was hot and humid and I didn't drink any water" },
        { "foot-strike", "I land on my heels and my shoes are worn out" },
    };

    [Theory]
    [MemberData(nameof(TypicalStories))]
    public void Each_cause_wins_from_its_typical_story(string expectedCause, string story)
    {
        var report = ShippedRules.Rules.StoryReader.Read(story, known: null, new DateOnly(2025, 11, 26));

        var ranking = Matcher.Rank(report);

        Assert.NotEmpty(ranking);
        Assert.Equal(expectedCause, ranking[0].CauseId);
        Assert.True(ranking[0].FitsWell);
    }

    [Fact]
    public void The_facts_that_made_a_cause_fit_are_listed_strongest_first_with_their_details()
    {
        var report = new RunnerReport
        {
            MileageIncreased = true,
            MileageBefore = 15,
            MileageAfter = 25,
            DistanceUnit = "miles",
            UnevenSurface = true,
            SurfacePhrase = "trails",
        };

        var match = Matcher.Rank(report).Single();

        Assert.Equal("going-overboard", match.CauseId);
        Assert.Equal(4, match.Score);
        Assert.Equal([RunnerFacts.MileageIncrease, RunnerFacts.UnevenSurface], match.Evidence.Select(evidence => evidence.FactId));
        Assert.Equal("15", match.Evidence[0].Details[RunnerFacts.MileageBeforeDetail]);
        Assert.Equal("25", match.Evidence[0].Details[RunnerFacts.MileageAfterDetail]);
        Assert.Equal("trails", match.Evidence[1].Details[RunnerFacts.SurfaceDetail]);
    }

    [Fact]
    public void Equal_scores_are_both_offered_in_the_articles_order()
    {
        var report = new RunnerReport { HeelStrike = true, MileageIncreased = true };

        var ranking = Matcher.Rank(report);

        Assert.Equal(["going-overboard", "foot-strike"], ranking.Select(match => match.CauseId));
        Assert.Equal(ranking[0].Score, ranking[1].Score);
    }

    [Fact]
    public void The_best_fitting_cause_comes_first()
    {
        var report = new RunnerReport { DrinksWaterDuringRuns = false, HotOrHumid = true, MileageIncreased = true };

        var ranking = Matcher.Rank(report);

        Assert.Equal(["dehydration", "going-overboard"], ranking.Select(match => match.CauseId));
    }

    [Fact]
    public void Nothing_fits_when_nothing_is_known()
    {
        Assert.Empty(Matcher.Rank(new RunnerReport()));
    }

    [Fact]
    public void A_single_weak_hint_is_not_enough_to_fit()
    {
        var report = new RunnerReport { Location = BackRegion.Lower, UnevenSurface = true, HotOrHumid = true };

        Assert.Empty(Matcher.Rank(report));
        Assert.All(Matcher.ScoreAll(report), match => Assert.False(match.FitsWell));
    }

    [Fact]
    public void Regular_core_work_speaks_against_a_weak_core()
    {
        var report = new RunnerReport { Location = BackRegion.Lower, CoreTraining = CoreTrainingFrequency.SeveralTimesAWeek };

        var weakCore = Matcher.ScoreAll(report).Single(match => match.CauseId == "weak-core");

        Assert.False(weakCore.FitsWell);
        Assert.True(weakCore.Score < 0);
    }

    [Fact]
    public void Drinking_during_runs_speaks_against_dehydration_even_on_a_hot_day()
    {
        var report = new RunnerReport { DrinksWaterDuringRuns = true, HotOrHumid = true };

        Assert.DoesNotContain(Matcher.Rank(report), match => match.CauseId == "dehydration");
    }

    [Fact]
    public void Every_cause_is_scored_in_the_articles_order()
    {
        var all = Matcher.ScoreAll(new RunnerReport());

        Assert.Equal(["going-overboard", "weak-core", "running-form", "dehydration", "foot-strike"], all.Select(match => match.CauseId));
    }

    [Fact]
    public void A_matcher_built_from_its_own_rules_uses_them()
    {
        var matcher = new CauseMatcher([new CauseScoringRule("only-speed", [new FactWeight(RunnerFacts.IntensityIncrease, 1)], 1)]);

        Assert.Equal("only-speed", matcher.Rank(new RunnerReport { IntensityIncreased = true }).Single().CauseId);
        Assert.Empty(matcher.Rank(new RunnerReport { IntensityIncreased = false }));
    }
}
