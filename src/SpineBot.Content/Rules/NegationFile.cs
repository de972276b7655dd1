using SpineBot.Content.Loading;
using SpineBot.Triage.Language;

namespace SpineBot.Content.Rules;

/// <summary>Checks negation.json: how messages are cut into clauses, which words negate, and who, when and what kind.</summary>
internal static class NegationFile
{
    public const string Name = "negation.json";

    public static NegationRules Read(NegationJson json, ContentEntry root) => new()
    {
        NegationCues = root.Strings(json.NegationCues, "negationCues"),
        PseudoNegations = root.Strings(json.PseudoNegations, "pseudoNegations", required: false),
        ClauseBreakPunctuation = root.Word(json.ClauseBreakPunctuation, "clauseBreakPunctuation"),
        ClauseBreakWords = root.Strings(json.ClauseBreakWords, "clauseBreakWords"),
        ListBreakWords = root.Strings(json.ListBreakWords, "listBreakWords", required: false),
        ListContinuationWords = root.Strings(json.ListContinuationWords, "listContinuationWords", required: false),
        StatementWords = root.Strings(json.StatementWords, "statementWords"),
        RetractionCues = root.Strings(json.RetractionCues, "retractionCues", required: false),
        NegationWindowWords = root.Integer(json.NegationWindowWords, "negationWindowWords", 1, 20),
        MaxListItemWords = root.Integer(json.MaxListItemWords, "maxListItemWords", 1, 20),
        CannotCues = root.Strings(json.CannotCues, "cannotCues", required: false),
        DoubleNegativeCues = root.Strings(json.DoubleNegativeCues, "doubleNegativeCues", required: false),
        OtherPeople = root.Strings(json.OtherPeople, "otherPeople", required: false),
        OtherPronouns = root.Strings(json.OtherPronouns, "otherPronouns", required: false),
        FirstPersonWords = root.Strings(json.FirstPersonWords, "firstPersonWords", required: false),
        SubjectPrepositions = root.Strings(json.SubjectPrepositions, "subjectPrepositions", required: false),
        FarPastCues = root.Strings(json.FarPastCues, "farPastCues", required: false),
        ResolvedCues = root.Strings(json.ResolvedCues, "resolvedCues", required: false),
        QuestionWords = root.Strings(json.QuestionWords, "questionWords", required: false),
        QuestionVerbs = root.Strings(json.QuestionVerbs, "questionVerbs", required: false),
        QuestionSubjects = root.Strings(json.QuestionSubjects, "questionSubjects", required: false),
        SelfQuestionOpeners = root.Strings(json.SelfQuestionOpeners, "selfQuestionOpeners", required: false),
        ReportWords = root.Strings(json.ReportWords, "reportWords", required: false),
        CorrectionCues = root.Strings(json.CorrectionCues, "correctionCues", required: false),
        CommandCues = root.Strings(json.CommandCues, "commandCues", required: false),
        AnswerWords = root.Strings(json.AnswerWords, "answerWords", required: false),
    };
}
