using SpineBot.Storage.Transcripts;

namespace SpineBot.Storage.Tests.Transcripts;

public sealed class PersonalDetailsTests
{
    [Theory]
    [InlineData("310-828-7757")]
    [InlineData("(310) 828-7757")]
    [InlineData("+1 310 828 7757")]
    [InlineData("3108287757")]
    [InlineData("310.828.7757")]
    [InlineData("+44 20 7946 0958")]
    public void Phone_numbers_in_any_usual_format_are_replaced(string phone)
    {
        Assert.Equal("reach me on [phone] after 5", PersonalDetails.Redact($"reach me on {phone} after 5", []));
    }

    [Fact]
    public void Email_addresses_are_replaced()
    {
        Assert.Equal("it's [email] thanks", PersonalDetails.Redact("it's sam.runner+clinic@example.com thanks", []));
    }

    [Theory]
    [InlineData("I ran 10 miles at 8:30 pace, pain is 6 out of 10")]
    [InlineData("the pain started 3 days ago on mile 13")]
    public void Running_details_are_left_alone(string text)
    {
        Assert.Equal(text, PersonalDetails.Redact(text, []));
    }

    [Fact]
    public void Known_names_are_replaced_whole_and_word_by_word_in_any_case()
    {
        var redacted = PersonalDetails.Redact("Thanks SARAH jones! Sarah, when did it start?", ["Sarah Jones", "Sarah", "Jones"]);

        Assert.Equal("Thanks [name]! [name], when did it start?", redacted);
    }

    [Theory]
    [InlineData("my name is sarah jones", "sarah jones")]
    [InlineData("Hi, I'm Dan and my back hurts", "Dan")]
    [InlineData("This is Maria Lopez", "Maria Lopez")]
    [InlineData("you can call me Alex", "Alex")]
    [InlineData("I’m Zoë", "Zoë")]
    public void A_name_the_runner_gives_is_found(string text, string name)
    {
        Assert.Contains(name, PersonalDetails.NamesGivenIn(text));
    }

    [Theory]
    [InlineData("I'm sore after my long run")]
    [InlineData("i am really stiff in the mornings")]
    [InlineData("this is the third time it happened")]
    [InlineData("I'm Not sure, maybe a week")]
    public void Ordinary_sentences_give_no_name(string text)
    {
        Assert.Empty(PersonalDetails.NamesGivenIn(text));
    }

    [Theory]
    [InlineData("Sarah Jones", "Sarah Jones")]
    [InlineData("it's Priya", "Priya")]
    public void A_short_answer_to_the_name_question_is_taken_as_the_name(string answer, string name)
    {
        Assert.Contains(name, PersonalDetails.NamesInAnswerToNameQuestion(answer));
    }

    [Fact]
    public void A_long_answer_to_the_name_question_is_not_taken_as_a_name()
    {
        Assert.Empty(PersonalDetails.NamesInAnswerToNameQuestion("my lower back has been hurting for two weeks now"));
    }
}
