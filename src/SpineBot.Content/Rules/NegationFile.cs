using SpineBot.Content.Loading;
using SpineBot.Triage.Language;

namespace SpineBot.Content.Rules;

/// <summary>Reads negation.json: how messages are cut into clauses, which words negate, and who, when and what kind.</summary>
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
        CannotCues = root.Strings("cannotCues", required: false),
        DoubleNegativeCues = root.Strings("doubleNegativeCues", required: false),
        OtherPeople = root.Strings("otherPeople", required: false),
        OtherPronouns = root.Strings("otherPronouns", required: false),
        FirstPersonWords = root.Strings("firstPersonWords", required: false),
        SubjectPrepositions = root.Strings("subjectPrepositions", required: false),
        FarPastCues = root.Strings("farPastCues", required: false),
        ResolvedCues = root.Strings("resolvedCues", required: false),
        QuestionWords = root.Strings("questionWords", required: false),
        QuestionVerbs = root.Strings("questionVerbs", required: false),
        QuestionSubjects = root.Strings("questionSubjects", required: false),
        SelfQuestionOpeners = root.Strings("selfQuestionOpeners", required: false),
        ReportWords = root.Strings("reportWords", required: false),
        CorrectionCues = root.Strings("correctionCues", required: false),
        CommandCues = root.Strings("commandCues", required: false),
        AnswerWords = root.Strings("answerWords", required: false),
    };
}
