using System.Reflection;
using SpineBot.Triage.Reports;
using SpineBot.Triage.Story;
using SpineBot.Triage.Tests.Support;

namespace SpineBot.Triage.Tests.Story;

public sealed class RunnerStoryReaderTests
{
    private static RunnerStoryReader Reader => ShippedRules.Rules.StoryReader;

    [Theory]
    [MemberData(nameof(StorySentences.All), MemberType = typeof(StorySentences))]
    public void A_runners_sentence_fills_the_facts_a_reader_would_note(string sentence)
    {
        var expected = StorySentences.Expected[sentence];

        var report = Reader.Read(sentence, known: null, StorySentences.Today);

        foreach (var property in typeof(RunnerReport).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Assert.True(
                Equals(property.GetValue(expected), property.GetValue(report)),
                $"\"{sentence}\": {property.Name} was {property.GetValue(report) ?? "unknown"}, expected {property.GetValue(expected) ?? "unknown"}.");
        }
    }

    [Theory]
    [InlineData(2025, 11, 29, 7)]
    [InlineData(2025, 11, 30, 1)]
    [InlineData(2025, 11, 26, 4)]
    public void Since_a_weekday_counts_the_days_back_to_it(int year, int month, int day, double expectedDays)
    {
        var report = Reader.Read("it has hurt since Saturday", known: null, new DateOnly(year, month, day));

        Assert.Equal(expectedDays, report.Duration!.ToDays());
        Assert.Equal("since saturday", report.Duration.Phrase);
    }

    [Fact]
    public void What_the_runner_says_later_adds_to_what_was_known()
    {
        var known = Reader.Read("my lower back hurts, about a 5", known: null, StorySentences.Today);

        var report = Reader.Read("I land on my heels", known, StorySentences.Today);

        Assert.Equal(BackRegion.Lower, report.Location);
        Assert.Equal(5, report.Severity);
        Assert.True(report.HeelStrike);
    }

    [Fact]
    public void A_correction_overrides_what_was_known()
    {
        var known = Reader.Read("it goes down my leg", known: null, StorySentences.Today);

        var report = Reader.Read("actually no pain down my leg", known, StorySentences.Today);

        Assert.False(report.LegSymptoms);
    }

    [Fact]
    public void The_last_mention_in_a_message_wins()
    {
        var report = Reader.Read("it was a 4 yesterday but now it's a 7, and it was getting better but now it's getting worse", known: null, StorySentences.Today);

        Assert.Equal(7, report.Severity);
        Assert.Equal(PainTrend.Worse, report.Trend);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hello")]
    [InlineData("?!?!")]
    [InlineData("12/10 pain")]
    public void A_message_without_facts_leaves_the_report_unchanged(string message)
    {
        var known = new RunnerReport { Severity = 3 };

        var report = Reader.Read(message, known, StorySentences.Today);

        Assert.Equal(known, report);
    }

    [Fact]
    public void A_pain_score_above_ten_is_not_taken_as_the_severity()
    {
        var report = Reader.Read("honestly it's like a 15", known: null, StorySentences.Today);

        Assert.Null(report.Severity);
    }

    [Theory]
    [InlineData("\U0001F3C3\u200D\u2642\uFE0F\U0001F4A5 back \U0001F62D")]
    [InlineData("........,,,,,;;;;;!!!!????")]
    [InlineData("no no no no no not never don't")]
    [InlineData("from 999 to 1000 miles for 999 years, 10/10/10")]
    [InlineData("{name} {{}} \\ $ ^ ( [ *")]
    [InlineData("\n\n\t\r")]
    public void Odd_messages_are_read_without_failing_or_raising_an_alarm(string message)
    {
        var known = new RunnerReport { Location = BackRegion.Upper };

        var report = Reader.Read(message, known, StorySentences.Today);
        var verdict = ShippedRules.Rules.RedFlags.Screen(message);

        Assert.Equal(BackRegion.Upper, report.Location);
        Assert.Equal(SpineBot.Triage.Levels.TriageLevel.SelfCare, verdict.Level);
    }
}
