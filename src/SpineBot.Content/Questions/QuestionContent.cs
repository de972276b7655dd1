using System.Globalization;
using SpineBot.Triage.Reports;

namespace SpineBot.Content.Questions;

/// <summary>A question the bot may ask, and the report slot its answer fills (questions.json).</summary>
public sealed record QuestionContent
{
    /// <summary>The "about" value of questions on the runner's symptoms rather than a cause.</summary>
    public const string AboutSymptoms = "symptoms";

    /// <summary>The question id, e.g. "coreTraining".</summary>
    public required string Id { get; init; }

    /// <summary>The report slot the answer fills (see <see cref="ReportSlots"/>).</summary>
    public required string Slot { get; init; }

    /// <summary><see cref="AboutSymptoms"/> or the id of the cause the question helps to check.</summary>
    public required string About { get; init; }

    /// <summary>The question.</summary>
    public required string Prompt { get; init; }

    /// <summary>The question again, after an answer the bot did not understand.</summary>
    public required string RetryPrompt { get; init; }

    /// <summary>The question in plainer words, said after "what do you mean?" or "huh?".</summary>
    public required string Plain { get; init; }

    /// <summary>The answers to offer, for a choice question; otherwise <c>null</c>.</summary>
    public ChoiceSet? Choices { get; init; }

    /// <summary>The accepted range, for a number question; otherwise <c>null</c>.</summary>
    public NumberRange? Range { get; init; }

    /// <summary>Whether the report already answers this question (e.g. from the runner's own words).</summary>
    public bool IsAnsweredBy(RunnerReport report) => ReportSlots.IsFilled(report, Slot);

    /// <summary>Fills the question's slot from a picked answer; "Not sure" leaves the report unchanged.</summary>
    public RunnerReport Apply(RunnerReport report, Choice choice)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(choice);
        return ReportSlots.Apply(report, Slot, choice.Value, choice.Phrase);
    }

    /// <summary>Fills the question's slot from a number answer, which must be within <see cref="Range"/>.</summary>
    public RunnerReport Apply(RunnerReport report, int number)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (Range is null || !Range.Contains(number))
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, $"Question '{Id}' does not accept this number.");
        }

        return ReportSlots.Apply(report, Slot, number.ToString(CultureInfo.InvariantCulture));
    }
}
