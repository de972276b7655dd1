using System.Diagnostics;
using SpineBot.Dialogs.Choices;
using SpineBot.Dialogs.Prompts;

namespace SpineBot.Dialogs.Tests.Recognizers;

/// <summary>
/// The Microsoft number recognizer's cost grows about with the cube of its input: 4,000 characters of number words
/// ran for 20 minutes, 460 at a choice took a third of a second. Long replies never reach it.
/// </summary>
public sealed class RecognizerCapTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromMilliseconds(250);

    public static TheoryData<string> LongReplies =>
    [
        Repeat("twenty one hundred and ", 20_000),
        Repeat("twenty one hundred and ", 460),
        Repeat("second ", 4_000),
        new string('7', 20_000),
        Repeat("7/10 ", 20_000),
        Repeat("seven-ish ", 20_000),
    ];

    [Theory]
    [MemberData(nameof(LongReplies))]
    public void A_long_reply_is_not_read_as_a_number_and_costs_little(string reply)
    {
        SpokenNumber.Read("seven", "en-us");
        var watch = Stopwatch.StartNew();

        var number = SpokenNumber.Read(reply, "en-us");

        Assert.Null(number);
        Assert.True(watch.Elapsed < Bound, $"{watch.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Theory]
    [MemberData(nameof(LongReplies))]
    public void A_long_reply_is_not_read_as_a_position_and_costs_little(string reply)
    {
        ChoicePosition.Read("second", 3);
        var watch = Stopwatch.StartNew();

        var position = ChoicePosition.Read(reply, 3);

        Assert.Null(position);
        Assert.True(watch.Elapsed < Bound, $"{watch.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void The_longest_number_words_allowed_are_still_cheap()
    {
        var reply = Repeat("twenty one hundred and ", SpokenNumber.MaxLength);
        SpokenNumber.Read("seven", "en-us");
        var watch = Stopwatch.StartNew();

        SpokenNumber.Read(reply, "en-us");

        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(50), $"{watch.Elapsed.TotalMilliseconds:F1} ms");
    }

    [Theory]
    [InlineData("i think it is about a seven out of ten today", 7)]
    [InlineData("I'd say it's around a six most days, maybe", 6)]
    public void Hedged_answers_within_the_cap_are_still_read(string reply, int expected)
        => Assert.Equal(expected, SpokenNumber.Read(reply, "en-us"));

    [Theory]
    [InlineData("i would go with the second one please", 1)]
    [InlineData("i would pick the 2nd one", 1)]
    public void Chatty_positions_within_the_cap_are_still_read(string reply, int expected)
        => Assert.Equal(expected, ChoicePosition.Read(reply, 3));

    private static string Repeat(string clause, int length)
        => string.Concat(Enumerable.Repeat(clause, (length / clause.Length) + 1))[..length];
}
