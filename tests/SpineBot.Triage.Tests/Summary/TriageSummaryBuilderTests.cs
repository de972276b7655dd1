using System.Text.Json;
using SpineBot.Triage.Reports;
using SpineBot.Triage.Summary;
using SpineBot.Triage.Tests.Support;

namespace SpineBot.Triage.Tests.Summary;

public sealed class TriageSummaryBuilderTests
{
    [Fact]
    public void The_summary_gathers_symptoms_causes_handoff_and_warning_signs()
    {
        var rules = ShippedRules.Rules;
        var report = rules.StoryReader.Read(
            "my lower back hurts, 8/10, for two weeks, it goes down my left leg, and I land on my heels",
            known: null,
            new DateOnly(2025, 11, 26));

        var summary = TriageSummaryBuilder.Build(
            report,
            rules.Causes.Rank(report),
            rules.Handoff.Assess(report),
            rules.RedFlags.Screen("I also have a fever"));

        Assert.Equal(BackRegion.Lower, summary.Location);
        Assert.Equal(8, summary.Severity);
        Assert.Equal(14, summary.DurationDays);
        Assert.Equal("two weeks", summary.DurationPhrase);
        Assert.True(summary.LegSymptoms);
        Assert.Equal(["foot-strike"], summary.LikelyCauseIds);
        Assert.Equal(["heel-strike"], summary.RunningFactIds);
        Assert.True(summary.HandoffRecommended);
        Assert.Equal(["long-lasting", "severe", "down-a-leg"], summary.HandoffReasonIds);
        Assert.Equal(["fever"], summary.RedFlagIds);
    }

    [Fact]
    public void Causes_that_do_not_fit_well_are_left_out()
    {
        var rules = ShippedRules.Rules;
        var report = new RunnerReport { HotOrHumid = true };

        var summary = TriageSummaryBuilder.Build(report, rules.Causes.ScoreAll(report), rules.Handoff.Assess(report));

        Assert.Empty(summary.LikelyCauseIds);
        Assert.Empty(summary.RedFlagIds);
        Assert.False(summary.HandoffRecommended);
    }

    [Fact]
    public void The_summary_survives_a_trip_through_json()
    {
        var rules = ShippedRules.Rules;
        var report = new RunnerReport { Severity = 7, Location = BackRegion.Upper, LeansForward = true };
        var summary = TriageSummaryBuilder.Build(report, rules.Causes.Rank(report), rules.Handoff.Assess(report));

        var copy = JsonSerializer.Deserialize<TriageSummary>(JsonSerializer.Serialize(summary))!;

        Assert.Equal(summary.Severity, copy.Severity);
        Assert.Equal(summary.Location, copy.Location);
        Assert.Equal(summary.LikelyCauseIds, copy.LikelyCauseIds);
        Assert.Equal(summary.HandoffReasonIds, copy.HandoffReasonIds);
    }

    [Fact]
    public void The_summary_says_when_it_should_be_seen_soon_and_keeps_it_through_json()
    {
        var rules = ShippedRules.Rules;
        var report = new RunnerReport { Severity = 9, Trend = PainTrend.Worse };
        var summary = TriageSummaryBuilder.Build(report, rules.Causes.Rank(report), rules.Handoff.Assess(report));

        var copy = JsonSerializer.Deserialize<TriageSummary>(JsonSerializer.Serialize(summary))!;

        Assert.True(summary.HandoffSoon);
        Assert.True(copy.HandoffSoon);
        Assert.Equal(["getting-worse", "severe"], copy.HandoffReasonIds);
    }
}
