using SpineBot.Triage.Language;
using SpineBot.Triage.Tests.Support;

namespace SpineBot.Triage.Tests.Language;

public sealed class MessageReaderTests
{
    private static MessageReader Reader => ShippedRules.Rules.RedFlags.Reader;

    [Theory]
    [InlineData("blad\u200Bder", "bladder")]
    [InlineData("blad\u00ADder", "bladder")]
    [InlineData("blad\u0000der", "bladder")]
    [InlineData("blad\u2060der\uFEFF", "bladder")]
    [InlineData("\uFF22\uFF2C\uFF21\uFF24\uFF24\uFF25\uFF32", "bladder")]
    [InlineData("bl\u0430dd\u0435r", "bladder")]
    [InlineData("gr\u03BFin", "groin")]
    [InlineData("I CAN\u2019T  PEE", "i can't pee")]
    [InlineData("  numb\t\tgroin  ", "numb groin")]
    public void Invisible_and_look_alike_characters_read_as_what_they_show(string text, string expected)
    {
        Assert.Equal(expected, MessageReader.Normalize(text));
    }

    [Fact]
    public void A_lone_surrogate_does_not_stop_the_reading()
    {
        Assert.Equal("i can't pee", MessageReader.Normalize("I can't \uD800pee"));
    }

    [Theory]
    [InlineData("what does saddle numbness mean?")]
    [InlineData("is that bad?")]
    [InlineData("why do you ask about cancer?")]
    [InlineData("how long should I rest")]
    public void A_question_is_read_as_a_question(string text)
    {
        var reading = Reader.Read(text);

        Assert.True(reading.IsQuestion);
        Assert.Equal(ClauseKind.Question, reading.Clauses[0].Kind);
    }

    [Theory]
    [InlineData("I can't pee, is that bad?")]
    [InlineData("my groin is numb")]
    [InlineData("I also have a fever")]
    public void A_report_is_not_a_question(string text)
    {
        Assert.False(Reader.Read(text).IsQuestion);
    }

    [Theory]
    [InlineData("actually three weeks, not three days", ClauseKind.Correction)]
    [InlineData("start over", ClauseKind.Command)]
    [InlineData("yes", ClauseKind.Answer)]
    [InlineData("not sure", ClauseKind.Answer)]
    [InlineData("my back hurts", ClauseKind.Statement)]
    public void Each_clause_has_its_kind(string text, ClauseKind kind)
    {
        Assert.Equal(kind, Reader.Read(text).Clauses[0].Kind);
    }

    [Fact]
    public void A_correction_opening_the_message_is_flagged()
    {
        Assert.True(Reader.Read("actually it's been three weeks").IsCorrection);
        Assert.False(Reader.Read("it's been three weeks").IsCorrection);
    }

    [Theory]
    [InlineData("my sister has a fever", ClauseSubject.SomeoneElse)]
    [InlineData("my running buddy fell", ClauseSubject.SomeoneElse)]
    [InlineData("she can't feel her legs", ClauseSubject.SomeoneElse)]
    [InlineData("I ran with my friend and fell", ClauseSubject.Runner)]
    [InlineData("my legs are numb", ClauseSubject.Runner)]
    public void Each_clause_knows_who_it_is_about(string text, ClauseSubject subject)
    {
        Assert.Equal(subject, Reader.Read(text).Clauses[0].Subject);
    }

    [Theory]
    [InlineData("I had a fever last month, fine now", ClauseTime.ResolvedPast)]
    [InlineData("I used to get night sweats", ClauseTime.ResolvedPast)]
    [InlineData("I fell last year", ClauseTime.ResolvedPast)]
    [InlineData("I fell last week", ClauseTime.Now)]
    [InlineData("I have a fever", ClauseTime.Now)]
    public void Each_clause_knows_whether_it_is_over(string text, ClauseTime time)
    {
        Assert.Equal(time, Reader.Read(text).Clauses[0].Time);
    }

    [Theory]
    [InlineData("no fever", true)]
    [InlineData("I don't have numbness", true)]
    [InlineData("I'm not sure if it's numb", false)]
    [InlineData("I can no longer feel my feet", false)]
    [InlineData("I haven't been able to pee", false)]
    public void Negation_is_read_as_runners_mean_it(string text, bool negated)
    {
        Assert.Equal(negated, Reader.Read(text).Clauses[0].Negated);
    }

    [Fact]
    public void A_very_long_message_is_read_whole()
    {
        var text = string.Concat(Enumerable.Repeat("my back is sore. ", 2_000)) + "my groin is numb";

        var reading = Reader.Read(text);

        Assert.Equal("my groin is numb", reading.Clauses[^1].Text.Trim());
        Assert.True(text.Length > 30_000);
    }
}
