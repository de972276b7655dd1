using SpineBot.Content.Loading;
using SpineBot.Triage.Language;

namespace SpineBot.Content.Rules;

/// <summary>Reads negation.json: how messages are cut into clauses and which words negate.</summary>
internal static class NegationFile
{
    public const string Name = "negation.json";

    public static NegationRules Read(JsonSection root) => new()
    {
        NegationCues = root.Strings("negationCues"),
        PseudoNegations = root.Strings("pseudoNegations", required: false),
        ClauseBreakPunctuation = root.Word("clauseBreakPunctuation"),
        ClauseBreakWords = root.Strings("clauseBreakWords"),
        ListBreakWords = root.Strings("listBreakWords", required: false),
        ListContinuationWords = root.Strings("listContinuationWords", required: false),
        StatementWords = root.Strings("statementWords"),
        RetractionCues = root.Strings("retractionCues", required: false),
        NegationWindowWords = root.Integer("negationWindowWords", 1, 20),
        MaxListItemWords = root.Integer("maxListItemWords", 1, 20),
    };
}
