using System.ComponentModel;
using SpineBot.Content.Loading;

namespace SpineBot.Content.Rules;

/// <summary>negation.json: how messages are cut into clauses, which words negate, and who, when and what kind.</summary>
[Description("negation.json: how messages are cut into clauses, which words negate, and who, when and what kind.")]
internal sealed record NegationJson : ContentFileJson
{
    public IReadOnlyList<string>? NegationCues { get; init; }

    public IReadOnlyList<string>? PseudoNegations { get; init; }

    public string? ClauseBreakPunctuation { get; init; }

    public IReadOnlyList<string>? ClauseBreakWords { get; init; }

    public IReadOnlyList<string>? ListBreakWords { get; init; }

    public IReadOnlyList<string>? ListContinuationWords { get; init; }

    public IReadOnlyList<string>? StatementWords { get; init; }

    public IReadOnlyList<string>? RetractionCues { get; init; }

    public int? NegationWindowWords { get; init; }

    public int? MaxListItemWords { get; init; }

    public IReadOnlyList<string>? CannotCues { get; init; }

    public IReadOnlyList<string>? DoubleNegativeCues { get; init; }

    public IReadOnlyList<string>? OtherPeople { get; init; }

    public IReadOnlyList<string>? OtherPronouns { get; init; }

    public IReadOnlyList<string>? FirstPersonWords { get; init; }

    public IReadOnlyList<string>? SubjectPrepositions { get; init; }

    public IReadOnlyList<string>? FarPastCues { get; init; }

    public IReadOnlyList<string>? ResolvedCues { get; init; }

    public IReadOnlyList<string>? QuestionWords { get; init; }

    public IReadOnlyList<string>? QuestionVerbs { get; init; }

    public IReadOnlyList<string>? QuestionSubjects { get; init; }

    public IReadOnlyList<string>? SelfQuestionOpeners { get; init; }

    public IReadOnlyList<string>? ReportWords { get; init; }

    public IReadOnlyList<string>? CorrectionCues { get; init; }

    public IReadOnlyList<string>? CommandCues { get; init; }

    public IReadOnlyList<string>? AnswerWords { get; init; }
}
