using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using SpineBot.Content.Tests.Support;
using SpineBot.Triage.Handoff;
using SpineBot.Triage.Reports;
using SpineBot.Triage.Summary;

namespace SpineBot.Content.Tests.Wording;

/// <summary>What the runner reads, checked against the clinical review of November 2026.</summary>
public sealed partial class ClinicalReviewWordingTests
{
    private static ClinicContent Content => ShippedContent.English;

    private static IEnumerable<string> EverythingAboutCauses() =>
        Content.Causes.SelectMany(cause => cause.SelfCare.Append(cause.Explanation).Append(cause.PreventionTip).Append(cause.Phrase))
            .Concat(Content.GeneralSelfCare)
            .Append(Content.Messages.Causes.OneFits.Text)
            .Append(Content.Messages.Causes.SeveralFit.Text)
            .Append(Content.Messages.Causes.NothingFitsWell)
            .Append(Content.Messages.Summary.LikelyCauses.Text);

    [Fact]
    public void No_text_endorses_pain_relievers_or_names_a_drug_or_a_dose()
    {
        Assert.All(EverythingAboutCauses(), text =>
        {
            Assert.DoesNotMatch(DrugOrDose(), text);
            Assert.DoesNotContain("can help in the short term", text, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Contains("Over-the-counter medication shouldn't be taken long-term.", Content.GeneralSelfCare);
    }

    [Fact]
    public void Causes_are_said_to_be_possible_never_what_it_often_comes_from()
    {
        Assert.All(EverythingAboutCauses(), text => Assert.DoesNotContain("often comes from", text, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("may", Content.Messages.Causes.OneFits.Text, StringComparison.Ordinal);
        Assert.Contains("may", Content.Messages.Summary.LikelyCauses.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Taking_a_break_for_persistent_or_distracting_pain_is_said_to_everyone()
    {
        Assert.Contains(Content.GeneralSelfCare, text => text.Contains("break", StringComparison.Ordinal) && text.Contains("persistent or distracting", StringComparison.Ordinal));
    }

    [Fact]
    public void When_nothing_fits_each_of_the_five_causes_gives_one_short_tip()
    {
        var tips = Content.PreventionTips;

        Assert.Equal(5, tips.Count);
        Assert.All(tips, tip => Assert.InRange(tip.Split(' ').Length, 5, 20));
        Assert.Contains("flat, even surfaces", tips[0], StringComparison.Ordinal);
        Assert.Contains("forefoot", tips[4], StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(Content.Messages.Causes.AllCausesIntro));
    }

    [Fact]
    public void The_hand_off_names_your_doctor_a_back_surgeon_and_the_clinic_with_its_number()
    {
        var assessment = Content.Triage.Handoff.Assess(new RunnerReport { ComesBackAfterEveryRun = true });

        var text = Content.Handoff.RecommendationFor(assessment)!;

        Assert.Contains("your doctor or a Santa Monica back surgeon", text, StringComparison.Ordinal);
        Assert.Contains("The Spine Institute", text, StringComparison.Ordinal);
        Assert.Contains("310-828-7757", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mild_but_lingering_pain_hears_have_it_looked_at_without_hurry()
    {
        var report = new RunnerReport { Duration = PainDuration.FromDays(10, "a week and a half"), Trend = PainTrend.Same, Severity = 3 };

        var text = Content.Handoff.RecommendationFor(Content.Triage.Handoff.Assess(report))!;

        Assert.StartsWith("Because it's been going on a week and a half and isn't clearly getting better, it's worth having it looked at", text, StringComparison.Ordinal);
        Assert.DoesNotContain("soon", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Severe_and_worsening_pain_hears_soon_within_days()
    {
        var report = new RunnerReport { Severity = 9, Trend = PainTrend.Worse };

        var text = Content.Handoff.RecommendationFor(Content.Triage.Handoff.Assess(report))!;

        Assert.Contains("soon, within the next few days", text, StringComparison.Ordinal);
        Assert.Contains("310-828-7757", text, StringComparison.Ordinal);
        Assert.Contains("911", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_says_soon_for_severe_worsening_pain()
    {
        var report = new RunnerReport { Severity = 9, Trend = PainTrend.Worse };
        var triage = Content.Triage;

        var lines = Content.DescribeSummary(TriageSummaryBuilder.Build(report, triage.Causes.Rank(report), triage.Handoff.Assess(report)));

        Assert.StartsWith("Have it looked at soon, within the next few days, by your doctor or The Spine Institute (310-828-7757)", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_self_care_summary_and_the_goodbye_give_the_clinics_number()
    {
        var lines = Content.DescribeSummary(new TriageSummary());

        Assert.Contains("310-828-7757", lines[^1], StringComparison.Ordinal);
        Assert.Contains("310-828-7757", Content.Messages.Goodbye, StringComparison.Ordinal);
    }

    [Fact]
    public void The_safety_net_is_dated_ten_days_from_today_in_the_clinics_time_zone()
    {
        // 03:00 UTC on Thursday 26 November 2026 is still Wednesday the 25th in Santa Monica.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 3, 0, 0, TimeSpan.Zero));

        var text = Content.Messages.SafetyNet.For(time);

        Assert.Equal(
            "If it isn't clearly better by Saturday, December 5, comes back after every run or gets worse, call The Spine Institute at 310-828-7757. If any warning sign appears, call 911.",
            text);
        Assert.InRange(text.Split(' ').Length, 1, 60);
    }

    [Fact]
    public void The_duration_buttons_keep_about_a_week_apart_from_one_to_two_weeks()
    {
        var durations = Content.Question("duration").Choices!;

        Assert.Equal("7", durations.Find("about a week")!.Value);
        Assert.Equal("10", durations.Find("1 to 2 weeks")!.Value);
        Assert.Equal("14", durations.Find("two weeks or more")!.Value);
    }

    [Fact]
    public void About_a_week_from_the_buttons_not_clearly_better_is_worth_a_check()
    {
        var question = Content.Question("duration");
        var report = question.Apply(new RunnerReport { Trend = PainTrend.Same }, question.Choices!.Find("about a week")!);

        var assessment = Content.Triage.Handoff.Assess(report);

        Assert.Equal([HandoffReasons.NotImproving], assessment.ReasonIds);
    }

    [Theory]
    [InlineData("3x a week")]
    [InlineData("twice a week")]
    [InlineData("I run 4 times a week")]
    public void A_frequency_at_the_duration_question_is_not_a_duration(string reply)
    {
        var question = Content.Question("duration");

        Assert.Null(question.Choices!.Find(reply));
        Assert.Null(Content.Triage.StoryReader.Read(reply, known: null, new DateOnly(2026, 11, 25)).Duration);
    }

    [Fact]
    public void A_week_typed_at_the_duration_question_is_still_read_as_seven_days()
    {
        Assert.Equal(7, Content.Triage.StoryReader.Read("a week", known: null, new DateOnly(2026, 11, 25)).Duration!.ToDays());
    }

    [GeneratedRegex(@"\b(ibuprofen|advil|motrin|aleve|naproxen|tylenol|acetaminophen|paracetamol|aspirin|nsaids?|opioids?|\d+\s*mg)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DrugOrDose();
}
