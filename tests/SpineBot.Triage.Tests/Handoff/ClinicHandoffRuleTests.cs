using SpineBot.Triage.Handoff;
using SpineBot.Triage.Reports;
using SpineBot.Triage.Tests.Support;

namespace SpineBot.Triage.Tests.Handoff;

public sealed class ClinicHandoffRuleTests
{
    private static ClinicHandoffRule Rule => ShippedRules.Rules.Handoff;

    [Fact]
    public void The_shipped_thresholds_are_two_weeks_and_seven_out_of_ten()
    {
        Assert.Equal(new HandoffThresholds(14, 7, NotImprovingDays: 7), Rule.Thresholds);
    }

    [Theory]
    [InlineData(13, false)]
    [InlineData(14, true)]
    [InlineData(30, true)]
    public void Pain_lasting_two_weeks_or_more_is_worth_a_check_even_when_improving(double days, bool expected)
    {
        var report = new RunnerReport { Duration = PainDuration.FromDays(days, $"{days} days"), Trend = PainTrend.Better };

        var assessment = Rule.Assess(report);

        Assert.Equal(expected, assessment.IsRecommended);
        Assert.Equal(expected, assessment.ReasonIds.Contains(HandoffReasons.LongLasting));
    }

    [Fact]
    public void Two_weeks_in_weeks_counts_as_fourteen_days_and_keeps_the_runners_words()
    {
        var report = new RunnerReport { Duration = new PainDuration { Value = 2, Unit = DurationUnit.Weeks, Phrase = "two weeks" } };

        var assessment = Rule.Assess(report);

        Assert.Equal([HandoffReasons.LongLasting], assessment.ReasonIds);
        Assert.Equal("two weeks", assessment.Details[HandoffReasons.DurationDetail]);
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(7, true)]
    [InlineData(10, true)]
    public void Severe_pain_is_worth_a_check(int severity, bool expected)
    {
        var assessment = Rule.Assess(new RunnerReport { Severity = severity });

        Assert.Equal(expected, assessment.ReasonIds.Contains(HandoffReasons.Severe));
        Assert.Equal(expected, assessment.IsRecommended);
    }

    [Fact]
    public void Severe_pain_says_the_score_back()
    {
        var assessment = Rule.Assess(new RunnerReport { Severity = 8 });

        Assert.Equal("8", assessment.Details[HandoffReasons.SeverityDetail]);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Pain_that_comes_back_after_every_run_is_worth_a_check(bool afterEveryRun, bool expected)
    {
        var assessment = Rule.Assess(new RunnerReport { ComesBackAfterEveryRun = afterEveryRun });

        Assert.Equal(expected, assessment.ReasonIds.Contains(HandoffReasons.AfterEveryRun));
    }

    [Theory]
    [InlineData(PainTrend.Worse, true)]
    [InlineData(PainTrend.Same, false)]
    [InlineData(PainTrend.Better, false)]
    public void Pain_getting_worse_is_worth_a_check(PainTrend trend, bool expected)
    {
        var assessment = Rule.Assess(new RunnerReport { Trend = trend });

        Assert.Equal(expected, assessment.ReasonIds.Contains(HandoffReasons.GettingWorse));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Pain_going_down_a_leg_is_worth_a_check(bool legSymptoms, bool expected)
    {
        var assessment = Rule.Assess(new RunnerReport { LegSymptoms = legSymptoms });

        Assert.Equal(expected, assessment.ReasonIds.Contains(HandoffReasons.DownALeg));
    }

    [Fact]
    public void Unknown_facts_never_count_as_reasons()
    {
        var assessment = Rule.Assess(new RunnerReport());

        Assert.False(assessment.IsRecommended);
        Assert.Empty(assessment.ReasonIds);
    }

    [Fact]
    public void Every_reason_that_holds_is_given()
    {
        var report = new RunnerReport
        {
            Duration = PainDuration.FromDays(21, "three weeks"),
            ComesBackAfterEveryRun = true,
            Trend = PainTrend.Worse,
            Severity = 9,
            LegSymptoms = true,
        };

        var assessment = Rule.Assess(report);

        Assert.Equal(HandoffReasons.All.Where(reason => reason != HandoffReasons.NotImproving), assessment.ReasonIds);
    }

    [Fact]
    public void Mild_short_improving_pain_needs_no_clinic()
    {
        var report = new RunnerReport
        {
            Duration = PainDuration.FromDays(2, "2 days"),
            Severity = 3,
            Trend = PainTrend.Better,
            LegSymptoms = false,
            ComesBackAfterEveryRun = false,
        };

        Assert.False(Rule.Assess(report).IsRecommended);
    }

    [Theory]
    [InlineData(3, null, false)]
    [InlineData(6, PainTrend.Same, false)]
    [InlineData(7, PainTrend.Same, true)]
    [InlineData(7, null, true)]
    [InlineData(10, PainTrend.Same, true)]
    [InlineData(10, null, true)]
    [InlineData(10, PainTrend.Better, false)]
    [InlineData(13, PainTrend.Better, false)]
    public void About_a_week_or_more_without_clear_improvement_is_lingering_pain(double days, PainTrend? trend, bool expected)
    {
        var report = new RunnerReport { Duration = PainDuration.FromDays(days, "a while"), Trend = trend, Severity = 3 };

        var assessment = Rule.Assess(report);

        Assert.Equal(expected, assessment.ReasonIds.Contains(HandoffReasons.NotImproving));
        Assert.Equal(expected, assessment.IsRecommended);
    }

    [Fact]
    public void Ten_days_of_unchanged_pain_in_the_runners_words_is_worth_a_check()
    {
        var report = ShippedRules.Rules.StoryReader.Read("it's been a week and a half and it's about the same, maybe a 3", known: null, new DateOnly(2026, 11, 25));

        var assessment = Rule.Assess(report);

        Assert.Equal([HandoffReasons.NotImproving], assessment.ReasonIds);
        Assert.Equal("a week and a half", assessment.Details[HandoffReasons.DurationDetail]);
        Assert.False(assessment.IsSoon);
    }

    [Theory]
    [InlineData(9, PainTrend.Worse, true)]
    [InlineData(7, PainTrend.Worse, true)]
    [InlineData(9, PainTrend.Same, false)]
    [InlineData(4, PainTrend.Worse, false)]
    public void Severe_and_worsening_pain_should_be_seen_soon(int severity, PainTrend trend, bool soon)
    {
        var assessment = Rule.Assess(new RunnerReport { Severity = severity, Trend = trend });

        Assert.True(assessment.IsRecommended);
        Assert.Equal(soon, assessment.IsSoon);
    }

    [Fact]
    public void A_rule_without_soon_combinations_never_says_soon()
    {
        var rule = new ClinicHandoffRule(new HandoffThresholds(14, 7));

        Assert.False(rule.Assess(new RunnerReport { Severity = 10, Trend = PainTrend.Worse }).IsSoon);
    }
}
