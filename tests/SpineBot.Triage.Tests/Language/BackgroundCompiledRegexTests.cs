using System.Text.RegularExpressions;
using SpineBot.Triage.Language;

namespace SpineBot.Triage.Tests.Language;

public sealed class BackgroundCompiledRegexTests
{
    private const string Pattern = @"\b(?:can'?t|cannot) (?:control|hold) my (?<what>bladder|bowels?)\b";

    private static readonly string[] Messages =
    [
        "since this morning i can't control my bladder",
        "I CANNOT HOLD MY BOWELS",
        "i can control my bladder fine",
        "my back hurts after running",
    ];

    [Fact]
    public void A_rule_finds_the_same_warning_signs_before_and_after_its_compiled_code_takes_over()
    {
        var regex = BackgroundCompiledRegex.Create(Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var before = Messages.Select(message => regex.Match(message)).Select(match => (match.Success, match.Groups["what"].Value)).ToList();

        Assert.True(BackgroundCompiledRegex.WaitForAll(TimeSpan.FromSeconds(60)), "the background compiler did not finish within a minute");
        var after = Messages.Select(message => regex.Match(message)).Select(match => (match.Success, match.Groups["what"].Value)).ToList();

        Assert.True(((BackgroundCompiledRegex)regex).IsCompiled);
        Assert.True(BackgroundCompiledRegex.CanDropCachedRunner);
        Assert.Equal(before, after);
        Assert.Equal([(true, "bladder"), (true, "BOWELS"), (false, ""), (false, "")], after);
    }

    [Fact]
    public void A_rule_keeps_its_match_timeout_and_options_when_compiled_later()
    {
        var regex = BackgroundCompiledRegex.Create("numb", RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(250));
        BackgroundCompiledRegex.WaitForAll(TimeSpan.FromSeconds(60));

        Assert.Equal(TimeSpan.FromMilliseconds(250), regex.MatchTimeout);
        Assert.Equal("NUMB", regex.Match("NUMB groin").Value);
    }
}
