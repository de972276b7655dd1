using System.Text.Json;
using SpineBot.Triage.Reports;

namespace SpineBot.Triage.Tests.Reports;

public sealed class ReportSlotsTests
{
    [Fact]
    public void A_choice_answer_fills_its_slot()
    {
        var report = ReportSlots.Apply(new RunnerReport(), ReportSlots.CoreTraining, "several-times-a-week");

        Assert.Equal(CoreTrainingFrequency.SeveralTimesAWeek, report.CoreTraining);
        Assert.True(ReportSlots.IsFilled(report, ReportSlots.CoreTraining));
    }

    [Fact]
    public void A_duration_answer_keeps_the_choices_words()
    {
        var report = ReportSlots.Apply(new RunnerReport(), ReportSlots.Duration, "14", "two weeks or more");

        Assert.Equal(14, report.Duration!.ToDays());
        Assert.Equal("two weeks or more", report.Duration.Phrase);
    }

    [Fact]
    public void Not_sure_leaves_the_report_as_it_was()
    {
        var report = new RunnerReport { Severity = 4 };

        Assert.Same(report, ReportSlots.Apply(report, ReportSlots.HeelStrike, ReportSlots.Unsure));
        Assert.False(ReportSlots.IsFilled(report, ReportSlots.HeelStrike));
    }

    [Theory]
    [InlineData(ReportSlots.Severity, "11")]
    [InlineData(ReportSlots.Severity, "seven")]
    [InlineData(ReportSlots.Location, "knee")]
    [InlineData("favouriteColour", "yes")]
    public void An_answer_a_slot_cannot_take_is_refused(string slot, string value)
    {
        Assert.False(ReportSlots.IsValidValue(slot, value));
        Assert.Throws<ArgumentException>(() => ReportSlots.Apply(new RunnerReport(), slot, value));
    }

    [Fact]
    public void No_to_a_yes_no_question_is_a_known_answer()
    {
        var report = ReportSlots.Apply(new RunnerReport(), ReportSlots.LeansForward, ReportSlots.No);

        Assert.False(report.LeansForward);
        Assert.True(ReportSlots.IsFilled(report, ReportSlots.LeansForward));
    }

    [Fact]
    public void A_report_survives_a_trip_through_json_as_dialog_state()
    {
        var report = new RunnerReport
        {
            Location = BackRegion.Lower,
            Severity = 6,
            Duration = new PainDuration { Value = 3, Unit = DurationUnit.Days, Phrase = "3 days" },
            MileageIncreased = true,
            MileageBefore = 15,
            MileageAfter = 25,
            CoreTraining = CoreTrainingFrequency.Rarely,
        };

        var copy = JsonSerializer.Deserialize<RunnerReport>(JsonSerializer.Serialize(report));

        Assert.Equal(report, copy);
    }
}
