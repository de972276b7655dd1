using SpineBot.Triage.Reports;
using SpineBot.Triage.Story;
using SpineBot.Triage.Tests.Support;

namespace SpineBot.Triage.Tests.Story;

/// <summary>The reading bugs the November 2026 clinical review found, in the runners' own words.</summary>
public sealed class ReadingBugTests
{
    private static RunnerStoryReader Reader => ShippedRules.Rules.StoryReader;

    [Theory]
    [InlineData("I forgot my water bottle")]
    [InlineData("i forgot my water bottle on the long run")]
    [InlineData("left my water bottle at home")]
    [InlineData("I didn't bring my water bottle")]
    [InlineData("ran without my water bottle")]
    public void A_water_bottle_left_behind_means_no_water_during_the_run(string message)
    {
        var report = Reader.Read(message, known: null, StorySentences.Today);

        Assert.False(report.DrinksWaterDuringRuns);
    }

    [Theory]
    [InlineData("I always carry a water bottle")]
    [InlineData("I run with my water bottle")]
    public void Carrying_a_water_bottle_still_means_water_during_the_run(string message)
    {
        var report = Reader.Read(message, known: null, StorySentences.Today);

        Assert.True(report.DrinksWaterDuringRuns);
    }

    [Theory]
    [InlineData("I went from 20 to 32 a week")]
    [InlineData("I run 32 a week")]
    [InlineData("my period has stopped, no period in 8 months")]
    [InlineData("I haven't had a period in 8 months")]
    [InlineData("I had cancer 5 years ago")]
    [InlineData("I had surgery on my knee 2 years ago")]
    [InlineData("I do core 3x a week")]
    [InlineData("I do planks twice a week")]
    [InlineData("I run 3 times a week")]
    [InlineData("I run four days a week")]
    public void Mileage_history_and_frequencies_are_not_the_pains_duration(string message)
    {
        var report = Reader.Read(message, known: null, StorySentences.Today);

        Assert.Null(report.Duration);
    }

    [Fact]
    public void A_frequency_never_overwrites_the_duration_already_given()
    {
        var known = Reader.Read("it's hurt for 10 days", known: null, StorySentences.Today);

        var report = Reader.Read("I do core work 3x a week", known, StorySentences.Today);

        Assert.Equal(10, report.Duration!.ToDays());
        Assert.Equal(CoreTrainingFrequency.SeveralTimesAWeek, report.CoreTraining);
    }

    [Theory]
    [InlineData("it's been a week and a half", "a week and a half")]
    [InlineData("about a week and a half now", "about a week and a half")]
    [InlineData("one and a half weeks", "one and a half weeks")]
    public void A_week_and_a_half_is_about_ten_days(string message, string phrase)
    {
        var report = Reader.Read(message, known: null, StorySentences.Today);

        Assert.InRange(report.Duration!.ToDays(), 10, 11);
        Assert.Equal(phrase, report.Duration.Phrase);
    }

    [Theory]
    [InlineData("it hurts after every run for the past month")]
    [InlineData("for the last month my back has been sore")]
    [InlineData("over the past month it keeps coming back")]
    public void The_past_month_is_about_thirty_days(string message)
    {
        var report = Reader.Read(message, known: null, StorySentences.Today);

        Assert.Equal(30, report.Duration!.ToDays());
    }

    [Fact]
    public void After_every_run_for_the_past_month_is_both_facts()
    {
        var report = Reader.Read("it hurts after every run for the past month", known: null, StorySentences.Today);

        Assert.True(report.ComesBackAfterEveryRun);
        Assert.Equal(30, report.Duration!.ToDays());
    }

    [Theory]
    [InlineData(2026, 11, 25, 4)] // a Wednesday: Saturday was 4 days ago
    [InlineData(2026, 11, 30, 2)] // a Monday
    [InlineData(2026, 11, 29, 1)] // a Sunday
    public void Since_saturday_counts_from_the_day_passed_in(int year, int month, int day, double days)
    {
        var report = Reader.Read("it's hurt since saturday", known: null, new DateOnly(year, month, day));

        Assert.Equal(days, report.Duration!.ToDays());
    }

    [Theory]
    [InlineData("it started 3 days ago", 3)]
    [InlineData("I had surgery 5 years ago but this pain started 2 days ago", 2)]
    [InlineData("no period in 8 months, and my back has hurt for 3 weeks", 21)]
    public void A_real_pain_duration_is_still_read_next_to_the_others(string message, double days)
    {
        var report = Reader.Read(message, known: null, StorySentences.Today);

        Assert.Equal(days, report.Duration!.ToDays());
    }
}
