using SpineBot.Triage.Tests.Support;
using SpineBot.Triage.Understanding;

namespace SpineBot.Triage.Tests.Understanding;

public sealed class RunnerQuestionMatcherTests
{
    private static RunnerQuestionMatcher Shipped => ShippedRules.Content.Answers.Matcher;

    public static TheoryData<string, string> RunnerQuestions()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in UnderstandingData.Rows("runner-questions.tsv"))
        {
            data.Add(row[0], row[1]);
        }

        return data;
    }

    public static TheoryData<string> NotQuestions()
    {
        var data = new TheoryData<string>();
        foreach (var row in UnderstandingData.Rows("not-questions.txt"))
        {
            data.Add(row[0]);
        }

        return data;
    }

    [Fact]
    public void The_tables_hold_at_least_sixty_questions_and_cover_every_answer()
    {
        var rows = UnderstandingData.Rows("runner-questions.tsv").ToList();

        Assert.True(rows.Count >= 60, $"only {rows.Count} runner questions");
        var asked = rows.Select(row => row[0]).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(Shipped.AnswerIds, id => !asked.Contains(id));
        Assert.Contains("unknown-question", asked);
    }

    [Theory]
    [MemberData(nameof(RunnerQuestions))]
    public void A_runners_question_gets_its_answer(string expected, string message)
    {
        var match = Shipped.Match(message);

        if (expected == "unknown-question")
        {
            Assert.Equal(QuestionMatchKind.UnknownQuestion, match.Kind);
            Assert.Null(match.AnswerId);
        }
        else
        {
            Assert.Equal(QuestionMatchKind.Answer, match.Kind);
            Assert.Equal(expected, match.AnswerId);
        }
    }

    [Theory]
    [MemberData(nameof(NotQuestions))]
    public void A_story_a_report_or_an_answer_is_not_taken_for_a_question(string message)
    {
        var match = Shipped.Match(message);

        Assert.Equal(QuestionMatchKind.None, match.Kind);
        Assert.False(match.NeedsAnswer);
    }

    [Fact]
    public void A_story_with_a_question_answers_the_question_and_names_the_worry_too()
    {
        var match = Shipped.Match("I'm scared, my back hurts after running, is it serious?");

        Assert.Equal("is-it-serious", match.AnswerId);
        Assert.True(match.Mentions("worry"));
    }

    [Fact]
    public void A_question_that_names_a_symptom_is_a_question()
    {
        var match = Shipped.Match("why do you ask about numbness in my groin?");

        Assert.Equal("why-ask", match.AnswerId);
    }

    [Fact]
    public void An_empty_or_very_long_message_is_read_without_failing()
    {
        Assert.Equal(QuestionMatchKind.None, Shipped.Match(null).Kind);
        Assert.Equal(QuestionMatchKind.None, Shipped.Match("   ").Kind);

        var match = Shipped.Match("should i keep running " + string.Concat(Enumerable.Repeat("and and and ", 5000)));

        Assert.Equal("keep-running", match.AnswerId);
    }

    [Fact]
    public void The_first_rule_in_file_order_wins_and_the_others_are_listed()
    {
        var matcher = new RunnerQuestionMatcher(
            [Rule("first", phrases: ["ice"]), Rule("second", phrases: ["heat"])],
            Form());

        var match = matcher.Match("heat or ice?");

        Assert.Equal("first", match.AnswerId);
        Assert.Equal(["second"], match.AlsoMatched);
        Assert.Equal(QuestionMatchReason.AskedInQuestion, match.Reason);
    }

    [Fact]
    public void A_topic_word_outside_a_question_asks_nothing()
    {
        var matcher = new RunnerQuestionMatcher([Rule("heat-or-ice", phrases: ["ice"])], Form());

        Assert.Equal(QuestionMatchKind.None, matcher.Match("i used ice yesterday").Kind);
        Assert.Equal("heat-or-ice", matcher.Match("i used ice yesterday, should i use ice again").AnswerId);
    }

    [Fact]
    public void An_exception_means_the_message_is_about_something_else()
    {
        var matcher = new RunnerQuestionMatcher(
            [Rule("heat-or-ice", phrases: ["hot"], exceptions: ["\\bhot and humid\\b"])],
            Form());

        Assert.Equal(QuestionMatchKind.UnknownQuestion, matcher.Match("is running on hot and humid days bad?").Kind);
        Assert.Equal("heat-or-ice", matcher.Match("is a hot bath good?").AnswerId);
    }

    [Fact]
    public void A_statement_ending_in_a_question_mark_is_never_an_unknown_question()
    {
        var matcher = new RunnerQuestionMatcher([Rule("heat-or-ice", phrases: ["ice"])], Form());

        Assert.Equal(QuestionMatchKind.None, matcher.Match("my leg is numb?").Kind);
        Assert.Equal(QuestionMatchKind.UnknownQuestion, matcher.Match("why is my leg numb?").Kind);
    }

    [Fact]
    public void A_whole_message_phrase_counts_only_as_the_whole_message()
    {
        var matcher = new RunnerQuestionMatcher([Rule("clinic-location", alone: ["address"])], Form());

        Assert.Equal("clinic-location", matcher.Match("Address?").AnswerId);
        Assert.Equal(QuestionMatchKind.None, matcher.Match("i gave them my address").Kind);
    }

    [Fact]
    public void Two_answers_with_one_id_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new RunnerQuestionMatcher([Rule("same", phrases: ["a"]), Rule("same", phrases: ["b"])], Form()));
    }

    private static RunnerQuestionRule Rule(string id, string[]? phrases = null, string[]? alone = null, string[]? exceptions = null) =>
        new(id, phrases ?? [], [], [], alone ?? [], exceptions ?? []);

    private static QuestionForm Form() => new(["so", "ok"], ["^(why|what|how)\\b", "^(is|should|can) \\w"], [], [], ["^(i|my|it)\\b"]);
}
