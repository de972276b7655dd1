using SpineBot.Triage.Reports;
using SpineBot.Triage.Story;
using SpineBot.Triage.Tests.Support;

namespace SpineBot.Triage.Tests.Story;

public sealed class ReportCorrectionTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static RunnerStoryReader Reader => ShippedRules.Rules.StoryReader;

    private static RunnerReport Story(string text) => Reader.Read(text, known: null, Today);

    [Theory]
    [InlineData("actually it's been three weeks, not three days")]
    [InlineData("three weeks, not three days")]
    [InlineData("sorry, I meant 3 weeks")]
    [InlineData("no, it's been three weeks")]
    public void A_corrected_duration_replaces_the_earlier_one_and_is_said_to_have_changed(string message)
    {
        var previous = Story("my lower back has hurt for three days, about a 4");

        var correction = ReportCorrection.Read(Reader, previous, message, Today);

        Assert.Equal(21, correction.Report.Duration!.ToDays());
        Assert.Equal([new FactChange(ReportSlots.Duration, WasKnown: true)], correction.Changes);
        Assert.Equal(BackRegion.Lower, correction.Report.Location);
        Assert.Equal(4, correction.Report.Severity);
    }

    [Theory]
    [InlineData("no, upper back")]
    [InlineData("No. Upper back")]
    [InlineData("actually it's my upper back")]
    [InlineData("sorry - upper back, not lower")]
    public void A_corrected_place_replaces_the_earlier_one(string message)
    {
        var previous = Story("my lower back hurts after runs");

        var correction = ReportCorrection.Read(Reader, previous, message, Today);

        Assert.Equal(BackRegion.Upper, correction.Report.Location);
        Assert.Equal([new FactChange(ReportSlots.Location, WasKnown: true)], correction.Changes);
    }

    [Fact]
    public void A_new_fact_is_a_change_that_was_not_known_before()
    {
        var previous = Story("my lower back hurts");

        var correction = ReportCorrection.Read(Reader, previous, "it's about a 6 and it goes down my left leg", Today);

        Assert.Equal(
            [new FactChange(ReportSlots.LegSymptoms, WasKnown: false), new FactChange(ReportSlots.Severity, WasKnown: false)],
            correction.Changes);
    }

    [Fact]
    public void No_pain_down_the_leg_after_all_is_a_correction()
    {
        var previous = Story("it goes down my leg");

        var correction = ReportCorrection.Read(Reader, previous, "no pain down my leg actually, it stays in my back", Today);

        Assert.False(correction.Report.LegSymptoms);
        Assert.Equal([new FactChange(ReportSlots.LegSymptoms, WasKnown: true)], correction.Changes);
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("thanks")]
    [InlineData("no")]
    [InlineData("my lower back, like I said")]
    [InlineData("")]
    public void A_message_that_repeats_or_adds_nothing_changes_nothing(string message)
    {
        var previous = Story("my lower back hurts");

        var correction = ReportCorrection.Read(Reader, previous, message, Today);

        Assert.False(correction.HasChanges);
        Assert.Equal(previous, correction.Report);
    }

    [Fact]
    public void The_same_duration_in_other_words_is_not_a_change()
    {
        var previous = Story("it's been two weeks");

        var correction = ReportCorrection.Read(Reader, previous, "about 14 days now", Today);

        Assert.DoesNotContain(correction.Changes, change => change.Slot == ReportSlots.Duration);
    }

    [Fact]
    public void A_frequency_in_a_correction_never_replaces_the_duration()
    {
        var previous = Story("it's been a week and a half");

        var correction = ReportCorrection.Read(Reader, previous, "actually I do core 3x a week", Today);

        Assert.InRange(correction.Report.Duration!.ToDays(), 10, 11);
        Assert.Equal([new FactChange(ReportSlots.CoreTraining, WasKnown: false)], correction.Changes);
    }

    [Fact]
    public void Between_two_reports_lists_every_changed_fact_in_slot_order()
    {
        var before = new RunnerReport { Location = BackRegion.Lower, Severity = 4 };
        var after = before with { Severity = 7, Trend = PainTrend.Worse };

        var correction = ReportCorrection.Between(before, after);

        Assert.Equal([ReportSlots.Trend, ReportSlots.Severity], correction.Changes.Select(change => change.Slot));
        Assert.Equal([false, true], correction.Changes.Select(change => change.WasKnown));
    }

    [Theory]
    [InlineData("sorry, I meant a 6 not an 8")]
    [InlineData("make that a 6")]
    [InlineData("no, more like a 6")]
    public void A_corrected_pain_score_replaces_the_earlier_one(string message)
    {
        var previous = Story("it's an 8");

        var correction = ReportCorrection.Read(Reader, previous, message, Today);

        Assert.Equal(6, correction.Report.Severity);
        Assert.Equal([new FactChange(ReportSlots.Severity, WasKnown: true)], correction.Changes);
    }
}
