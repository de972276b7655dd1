using SpineBot.Triage.Language;
using SpineBot.Triage.Levels;
using SpineBot.Triage.RedFlags;

namespace SpineBot.Triage.Tests.RedFlags;

public sealed class RedFlagTimeoutTests
{
    private static readonly NegationRules Negation = new()
    {
        NegationCues = ["no"],
        PseudoNegations = [],
        ClauseBreakPunctuation = ".",
        ClauseBreakWords = ["but"],
        ListBreakWords = ["and"],
        ListContinuationWords = ["or"],
        StatementWords = ["i"],
        RetractionCues = [],
    };

    [Fact]
    public void A_rule_that_runs_out_of_time_counts_as_no_match_and_the_other_rules_still_answer()
    {
        var rules = new RedFlagRuleSet(
            [
                new RedFlagRule("pathological", TriageLevel.Emergency, "test", "a rule that backtracks", [@"(a+)+$"], []),
                new RedFlagRule("fever", TriageLevel.Consultation24h, "test", "a fever", [@"\bfever\b"], []),
            ],
            [],
            []);
        var screen = new RedFlagScreen(rules, Negation);

        var verdict = screen.Screen("fever " + new string('a', 40) + "!");

        Assert.Equal(["fever"], verdict.FlagIds);
        Assert.Equal(TriageLevel.Consultation24h, verdict.Level);
    }
}
