using SpineBot.Content.Tests.Support;
using SpineBot.Triage.Handoff;
using SpineBot.Triage.RedFlags;
using SpineBot.Triage.Reports;
using SpineBot.Triage.Summary;

namespace SpineBot.Content.Tests.Wording;

public sealed class SummaryAndHandoffWordingTests
{
    private static ClinicContent Content => ShippedContent.English;

    [Fact]
    public void The_recommendation_gives_the_reasons_in_the_runners_terms()
    {
        var report = new RunnerReport { Duration = PainDuration.FromDays(21, "three weeks"), Severity = 8 };

        var text = Content.Handoff.RecommendationFor(Content.Triage.Handoff.Assess(report));

        Assert.Equal(
            "Because it's been going on for three weeks and you rated it 8 out of 10, it's worth having it looked at by your doctor or a Santa Monica back surgeon. The Spine Institute can help: call 310-828-7757.",
            text);
    }

    [Fact]
    public void No_recommendation_is_made_without_a_reason()
    {
        Assert.Null(Content.Handoff.RecommendationFor(new HandoffAssessment([], new Dictionary<string, string>())));
    }

    [Fact]
    public void The_emergency_message_names_the_signs_most_urgent_first_and_sends_to_the_emergency_room()
    {
        var text = Content.RedFlags.MessageFor(Content.Triage.RedFlags.Screen("I have a fever and both my legs are numb"));

        Assert.StartsWith("You mentioned numbness, tingling or weakness in both legs", text, StringComparison.Ordinal);
        Assert.Contains("a fever or chills.", text, StringComparison.Ordinal);
        Assert.EndsWith("Please go to the nearest emergency room now, or call 911 if you can't get there safely.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I want to kill myself", "988")]
    [InlineData("I have crushing chest pain", "Please call 911 now. Don't drive yourself.")]
    [InlineData("I had breast cancer and my back hurts", "Please see a doctor today or within 24 hours")]
    public void Each_level_says_what_to_do_in_its_own_words(string message, string expected)
    {
        var text = Content.RedFlags.MessageFor(Content.Triage.RedFlags.Screen(message));

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_emergency_levels_dial_and_a_crisis_dials_988()
    {
        Assert.Equal("tel:988", Content.RedFlags.WordingFor(SpineBot.Triage.Levels.TriageLevel.Crisis).CallLink);
        Assert.Equal("tel:911", Content.RedFlags.WordingFor(SpineBot.Triage.Levels.TriageLevel.EmergencyAmbulance).CallLink);
        Assert.Null(Content.RedFlags.WordingFor(SpineBot.Triage.Levels.TriageLevel.Consultation24h).CallButton);
    }

    [Fact]
    public void A_yes_to_the_safety_check_still_says_to_call_911()
    {
        var text = Content.RedFlags.MessageFor(RedFlagVerdict.None);

        Assert.Contains("call 911", text, StringComparison.Ordinal);
        Assert.Equal("yes-no", Content.RedFlags.SafetyCheck!.Choices.Id);
    }

    [Fact]
    public void The_summary_lists_what_is_known_and_leaves_out_the_rest()
    {
        var summary = new TriageSummary
        {
            Location = BackRegion.Lower,
            Severity = 7,
            DurationPhrase = "since saturday",
            Trend = PainTrend.Worse,
            LikelyCauseIds = ["going-overboard"],
            HandoffRecommended = true,
            HandoffReasonIds = [HandoffReasons.GettingWorse, HandoffReasons.Severe],
        };

        var lines = Content.DescribeSummary(summary);

        Assert.Equal(
            [
                "Here's a quick summary of what you told me:",
                "Where: lower back",
                "Pain: 7 out of 10",
                "How long: since saturday",
                "Lately: getting worse",
                "What may be behind it, per the clinic's article: Going overboard",
                "Worth having it looked at by your doctor or The Spine Institute (310-828-7757), because it's getting worse and you rated it 7 out of 10",
            ],
            lines);
    }

    [Fact]
    public void An_empty_summary_still_reads_sensibly()
    {
        var lines = Content.DescribeSummary(new TriageSummary());

        Assert.Equal(
            [
                "Here's a quick summary of what you told me:",
                "No single cause from the article stood out",
                "Self-care first; if it lingers, call The Spine Institute at 310-828-7757",
            ],
            lines);
    }

    [Fact]
    public void The_callback_confirmation_fills_in_the_runners_details()
    {
        var text = Content.Callback.Confirmation.Render(new Dictionary<string, string>
        {
            ["name"] = "Sam",
            ["phone"] = "310-555-0123",
            ["bestTime"] = "Morning",
        });

        Assert.StartsWith("Thanks, Sam. I've passed your request on, and The Spine Institute will call you at 310-555-0123 (Morning).", text, StringComparison.Ordinal);
        Assert.Contains("911", text, StringComparison.Ordinal);
    }
}
