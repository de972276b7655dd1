using SpineBot.Triage.Reports;

namespace SpineBot.Content.Tests.Languages;

/// <summary>The Spanish answers runners in Los Angeles give are understood by the Spanish content.</summary>
public sealed class SpanishAnswersTests
{
    private static readonly DateOnly Wednesday = new(2026, 11, 25);

    private static ClinicContent Content => SpanishContent.Spanish;

    [Theory]
    [InlineData("yes-no", "sí", "yes")]
    [InlineData("yes-no", "Si", "yes")]
    [InlineData("yes-no", "casi siempre", "yes")]
    [InlineData("yes-no", "no", "no")]
    [InlineData("yes-no", "no sé", "unsure")]
    [InlineData("yes-no", "no se", "unsure")]
    [InlineData("back-region", "espalda baja", "lower")]
    [InlineData("back-region", "en la cintura", "lower")]
    [InlineData("side", "del lado izquierdo", "left")]
    [InlineData("duration", "una semana", "7")]
    [InlineData("duration", "una semana y media", "10")]
    [InlineData("trend", "cada vez peor", "worse")]
    [InlineData("core-frequency", "dos veces por semana", "several-times-a-week")]
    [InlineData("best-time", "en la tarde", "afternoon")]
    public void A_spanish_answer_picks_the_choice_a_person_would(string setId, string answer, string expectedValue)
    {
        var choice = Content.ChoiceSets[setId].Find(answer);

        Assert.NotNull(choice);
        Assert.Equal(expectedValue, choice.Value);
    }

    [Fact]
    public void A_spanish_story_gives_where_how_bad_and_since_when()
    {
        var report = Content.Triage.StoryReader.Read("me duele la espalda baja desde el sábado, como un 7 de 10", known: null, Wednesday);

        Assert.Equal(BackRegion.Lower, report.Location);
        Assert.Equal(7, report.Severity);
        Assert.Equal(4, report.Duration!.ToDays());
    }

    [Theory]
    [InlineData("un 7 de 10", 7)]
    [InlineData("diría que un siete", 7)]
    [InlineData("me duele como un 8", 8)]
    public void A_spanish_pain_rating_is_read(string text, int expected) =>
        Assert.Equal(expected, Content.Triage.StoryReader.Read(text, known: null, Wednesday).Severity);

    [Theory]
    [InlineData("desde hace una semana y media", 10.5)]
    [InlineData("hace tres semanas", 21)]
    [InlineData("desde ayer", 1)]
    public void A_spanish_duration_is_read(string text, double expectedDays) =>
        Assert.Equal(expectedDays, Content.Triage.StoryReader.Read(text, known: null, Wednesday).Duration!.ToDays());

    [Fact]
    public void A_negated_spanish_symptom_counts_as_no()
    {
        var report = Content.Triage.StoryReader.Read("no me baja a la pierna", known: null, Wednesday);

        Assert.False(report.LegSymptoms);
    }

    [Theory]
    [InlineData("ayuda", "help")]
    [InlineData("empezar de nuevo", "startOver")]
    [InlineData("olvídeme", "forgetMe")]
    [InlineData("quiero hablar con la clínica", "talkToClinic")]
    public void Spanish_commands_are_recognised(string text, string command) =>
        Assert.Equal(command, Content.Commands.Recognize(text).ToString(), ignoreCase: true);
}
