using System.Diagnostics;
using SpineBot.Triage.Levels;
using SpineBot.Triage.RedFlags;
using SpineBot.Triage.Tests.Support;

namespace SpineBot.Triage.Tests.RedFlags;

public sealed class RedFlagScreenTests
{
    private static RedFlagScreen Screen => ShippedRules.Rules.RedFlags;

    [Theory]
    [MemberData(nameof(RedFlagCorpus.Cases), MemberType = typeof(RedFlagCorpus))]
    public void Each_phrasing_gets_its_level_and_names_the_sign(string level, string finding, string message)
    {
        Assert.True(TriageLevels.TryParse(level, out var expected), $"Unknown level '{level}' in the corpus.");

        var verdict = Screen.Screen(message);

        Assert.True(expected == verdict.Level, $"\"{message}\": expected {level}, got {verdict.Level.ContentName()} ({string.Join(", ", verdict.FlagIds)}).");
        if (finding != "-")
        {
            Assert.Contains(finding, verdict.FlagIds);
        }
    }

    [Fact]
    public void The_corpus_covers_every_flag_and_combination_in_several_wordings_and_the_traps()
    {
        var rows = RedFlagCorpus.All;
        Assert.True(rows.Count >= 300, $"The corpus has {rows.Count} phrasings.");
        foreach (var flag in Screen.Rules.Flags)
        {
            Assert.True(rows.Count(row => row.Finding == flag.Id) >= 2, $"Flag '{flag.Id}' needs at least two wordings.");
        }

        foreach (var combination in Screen.Rules.Combinations)
        {
            Assert.Contains(rows, row => row.Finding == combination.Id);
        }

        Assert.True(rows.Count(row => row.Level == "self-care") >= 100, "The corpus needs its negation, other-person, past and question traps.");
    }

    [Fact]
    public void Ordinary_running_stories_raise_no_warning_sign_and_no_risk_factor()
    {
        var raised = Story.StorySentences.Expected.Keys
            .Select(story => (Story: story, Verdict: Screen.Screen(story)))
            .Where(pair => pair.Verdict.Findings.Count > 0 || pair.Verdict.RiskFactors.Count > 0)
            .Select(pair => $"{pair.Story}: {string.Join(", ", pair.Verdict.FlagIds.Concat(pair.Verdict.RiskFactors))}")
            .ToList();

        Assert.True(raised.Count == 0, string.Join("\n", raised));
    }

    [Fact]
    public void No_text_at_all_has_no_warning_sign()
    {
        Assert.Equal(TriageLevel.SelfCare, Screen.Screen(null).Level);
        Assert.Equal(TriageLevel.SelfCare, Screen.Screen("   ").Level);
    }

    [Fact]
    public void Every_finding_carries_its_level_source_and_description()
    {
        var verdict = Screen.Screen("I can't pee and I have a fever");

        Assert.Equal(TriageLevel.Emergency, verdict.Level);
        Assert.True(verdict.IsLatching);
        Assert.Equal(["bladder-bowel-control", "fever"], verdict.FlagIds);
        var bladder = verdict.Findings[0];
        Assert.Equal("girft-cauda-equina", bladder.Source);
        Assert.Contains("bladder", bladder.Description, StringComparison.Ordinal);
        Assert.Equal(TriageLevel.Consultation24h, verdict.Findings[1].Level);
    }

    [Fact]
    public void Urgent_but_not_emergency_signs_do_not_latch()
    {
        var verdict = Screen.Screen("I had breast cancer and my exam last week was normal");

        Assert.Equal(TriageLevel.Consultation24h, verdict.Level);
        Assert.True(verdict.NeedsCareToday);
        Assert.False(verdict.IsLatching);
    }

    [Fact]
    public void A_risk_factor_alone_raises_nothing_but_is_remembered_and_combines_with_a_later_message()
    {
        var first = Screen.Screen("I've been on prednisone for years for my asthma");
        var second = Screen.Screen("I slipped on the wet trail this morning", first.FactorsToRemember);

        Assert.Equal(TriageLevel.SelfCare, first.Level);
        Assert.Contains("long-term-steroids", first.RiskFactors);
        Assert.Contains("long-term-steroids", first.FactorsToRemember);
        Assert.Equal(TriageLevel.Consultation24h, second.Level);
        Assert.Equal(["minor-fall-with-steroids"], second.FlagIds);
    }

    [Fact]
    public void A_remembered_fever_combines_with_a_later_mention_of_injecting_drugs()
    {
        var first = Screen.Screen("I've got a fever");
        var second = Screen.Screen("I should say I inject drugs", first.FactorsToRemember);

        Assert.Equal(TriageLevel.Consultation24h, first.Level);
        Assert.Equal(TriageLevel.Emergency, second.Level);
        Assert.Contains("fever-with-iv-drug-use", second.FlagIds);
    }

    [Fact]
    public void Remembered_factors_alone_do_not_raise_the_same_alarm_again()
    {
        var verdict = Screen.Screen("my lower back is sore", ["minor-fall", "long-term-steroids"]);

        Assert.Equal(TriageLevel.SelfCare, verdict.Level);
    }

    [Fact]
    public void A_warning_sign_at_the_end_of_a_message_past_twenty_thousand_characters_is_caught()
    {
        var message = string.Concat(Enumerable.Repeat("my back is sore, no numbness, and ", 700)) + "I can't pee";

        var verdict = Screen.Screen(message);

        Assert.True(message.Length > 20_000);
        Assert.Equal(["bladder-bowel-control"], verdict.FlagIds);
    }

    [Theory]
    [InlineData("no fever no numbness no chills ")]
    [InlineData("numb numb numb numb groin groin ")]
    [InlineData("my sister, my friend, my kid, I, ")]
    [InlineData("what is it? why? is that bad? ")]
    [InlineData("1 2 3 4 5 6 7 8 9 10 twenty fifty ")]
    [InlineData("a\u200B\u00AD\u0000\u0430 ")]
    [InlineData("fell fell fell fell fell fell ")]
    [InlineData("can't without can't without ")]
    public void A_worst_case_twenty_thousand_character_message_is_screened_within_a_generous_bound(string unit)
    {
        var message = string.Concat(Enumerable.Repeat(unit, (20_000 / unit.Length) + 1))[..20_000];
        Screen.Screen(message);

        // The best of three runs, so a busy test machine does not decide the result; the bound is far above a normal run.
        var fastest = TimeSpan.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var clock = Stopwatch.StartNew();
            Assert.NotNull(Screen.Screen(message));
            fastest = clock.Elapsed < fastest ? clock.Elapsed : fastest;
        }

        Assert.True(fastest.TotalMilliseconds < 500, $"Screening took {fastest.TotalMilliseconds:0} ms.");
    }
}
