using System.Diagnostics;
using SpineBot.Triage.RedFlags;
using SpineBot.Triage.Tests.Support;

namespace SpineBot.Triage.Tests.RedFlags;

public sealed class RedFlagScreenTests
{
    private static RedFlagScreen Screen => ShippedRules.Rules.RedFlags;

    [Theory]
    [MemberData(nameof(RedFlagCorpus.Emergencies), MemberType = typeof(RedFlagCorpus))]
    [MemberData(nameof(RedFlagCorpus.MixedMessages), MemberType = typeof(RedFlagCorpus))]
    public void A_warning_sign_is_an_emergency_naming_the_sign(string message, string expectedFlags)
    {
        var verdict = Screen.Screen(message);

        Assert.True(verdict.IsEmergency, $"Expected an emergency for \"{message}\".");
        Assert.Equal(expectedFlags.Split(',').Order(), verdict.FlagIds.Order());
    }

    [Theory]
    [MemberData(nameof(RedFlagCorpus.OrdinaryMessages), MemberType = typeof(RedFlagCorpus))]
    public void An_ordinary_ache_or_a_denied_sign_is_not_an_emergency(string message)
    {
        var verdict = Screen.Screen(message);

        Assert.False(verdict.IsEmergency, $"\"{message}\" raised {string.Join(", ", verdict.FlagIds)}.");
    }

    [Fact]
    public void No_text_at_all_is_not_an_emergency()
    {
        Assert.False(Screen.Screen(null).IsEmergency);
        Assert.False(Screen.Screen("   ").IsEmergency);
    }

    [Fact]
    public void The_screen_knows_every_warning_sign_the_clinic_listed()
    {
        Assert.Equal(
            [
                "bladder-bowel-control", "saddle-numbness", "progressive-weakness", "both-legs-numbness", "trauma",
                "fever", "weight-loss", "cancer-history", "night-pain", "chest-breathing",
            ],
            Screen.FlagIds);
    }

    [Fact]
    public void A_very_long_message_is_screened_without_failing()
    {
        var message = string.Concat(Enumerable.Repeat("my back is sore, no numbness, and ", 400)) + "I can't pee";

        var verdict = Screen.Screen(message);

        Assert.Equal(["bladder-bowel-control"], verdict.FlagIds);
    }

    [Fact]
    public void Screening_is_fast_enough_to_run_on_every_message()
    {
        var messages = ((IEnumerable<object[]>)RedFlagCorpus.OrdinaryMessages).Select(row => (string)row[0]).ToList();
        Screen.Screen("warm up");

        var clock = Stopwatch.StartNew();
        for (var round = 0; round < 20; round++)
        {
            messages.ForEach(message => Screen.Screen(message));
        }

        clock.Stop();
        var perMessage = clock.Elapsed.TotalMilliseconds / (20 * messages.Count);
        Assert.True(perMessage < 20, $"Screening took {perMessage:0.00} ms per message.");
    }
}
