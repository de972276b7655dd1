using SpineBot.Triage.Tests.Support;
using SpineBot.Triage.Understanding;

namespace SpineBot.Triage.Tests.Understanding;

public sealed class ShortAnswerReaderTests
{
    private static ShortAnswerReader Shipped => ShippedRules.Content.Answers.ShortAnswers;

    public static TheoryData<string, string, string> ShortAnswers()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in UnderstandingData.Rows("short-answers.tsv"))
        {
            data.Add(row[0], row[1], row.Length > 2 ? row[2] : string.Empty);
        }

        return data;
    }

    [Fact]
    public void The_table_holds_at_least_sixty_replies()
    {
        Assert.True(UnderstandingData.Rows("short-answers.tsv").Count() >= 60);
    }

    [Theory]
    [MemberData(nameof(ShortAnswers))]
    public void A_short_reply_is_read_as_people_type_it(string expected, string use, string reply)
    {
        var parts = expected.Split('+');

        var reading = Shipped.Read(reply, Enum.Parse<ShortAnswerUse>(use));

        Assert.Equal(Enum.Parse<YesNoReading>(parts[0]), reading.YesNo);
        Assert.Equal(parts.Length > 1 ? Enum.Parse<RunFrequency>(parts[1]) : null, reading.Frequency);
    }

    [Theory]
    [InlineData("a bit")]
    [InlineData("kinda")]
    [InlineData("ok")]
    [InlineData("sometimes")]
    [InlineData("is it bad if i say yes?")]
    [InlineData("yes, well, a bit")]
    public void Nothing_but_a_plain_yes_is_yes_at_the_safety_check(string reply)
    {
        Assert.NotEqual(YesNoReading.Yes, Shipped.Read(reply, ShortAnswerUse.SafetyCheck).YesNo);
    }

    [Fact]
    public void No_sentence_that_merely_contains_yes_is_yes()
    {
        foreach (var sentence in new[] { "yes my legs are numb and i can't feel my groin", "sure is a nice day", "yeah right like that would happen to me lol no" })
        {
            Assert.False(Shipped.Read(sentence, ShortAnswerUse.SafetyCheck).IsAnswer, sentence);
        }
    }

    [Fact]
    public void A_very_long_reply_is_a_sentence_not_an_answer()
    {
        Assert.Equal(YesNoReading.NotAnAnswer, Shipped.Read(string.Concat(Enumerable.Repeat("yes ", 100))).YesNo);
    }

    [Fact]
    public void Lists_of_another_language_read_the_same_way()
    {
        var reader = new ShortAnswerReader(new ShortAnswerVocabulary(
            Yes: ["sí", "si", "claro"],
            No: ["no", "para nada"],
            NotSure: ["no sé", "no se"],
            Partly: ["un poco"],
            Acknowledgement: ["vale"],
            Fillers: ["pues"],
            Corrections: ["perdón", "quise decir"],
            Qualifiers: ["sobre todo"],
            Frequencies: new Dictionary<RunFrequency, IReadOnlyList<string>> { [RunFrequency.Always] = ["siempre"] }));

        Assert.Equal(YesNoReading.Yes, reader.Read("Sí").YesNo);
        Assert.Equal(YesNoReading.NotSure, reader.Read("pues no sé").YesNo);
        Assert.Equal(YesNoReading.Partly, reader.Read("un poco", ShortAnswerUse.SafetyCheck).YesNo);
        Assert.Equal(YesNoReading.NotAnAnswer, reader.Read("¿qué quieres decir?").YesNo);
        Assert.Equal(YesNoReading.NotAnAnswer, reader.Read("no entiendo").YesNo);
        Assert.Equal(RunFrequency.Always, reader.Read("siempre").Frequency);
    }
}
