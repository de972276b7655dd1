using Microsoft.Bot.Builder;
using SpineBot.Content;
using SpineBot.Conversation.Dialogs;
using SpineBot.Conversation.Questions;
using SpineBot.Conversation.Telemetry;
using SpineBot.Dialogs;
using SpineBot.Dialogs.Choices;
using SpineBot.Dialogs.Prompts;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Safety;

/// <summary>
/// Asks once, during the intake, whether the runner has any of the warning signs (yes / no / not sure). Ends with a
/// <see cref="SafetyAnswer"/>; "not sure" is told to play it safe here, and the caller sends "yes" to 911.
/// </summary>
internal sealed class SafetyCheckDialog : RunnerComponentDialog
{
    private const string PromptId = "safetyPrompt";

    private readonly ClinicContent _content;

    public SafetyCheckDialog(ClinicContent content, ConversationTelemetry telemetry)
        : base("safetyCheck", telemetry)
    {
        ArgumentNullException.ThrowIfNull(content);
        _content = content;
        AddDialog(new WaterfallDialog("safetySteps", [AskAsync, ReadAnswerAsync]));
        AddDialog(new ChoicePrompt(PromptId, ThreeMisses.Or<FoundChoice>(prompt => AnswerOf(prompt.Context.Activity.Text, prompt.Recognized.Value) is not null)));
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (_content.RedFlags.SafetyCheck is not { } check)
        {
            return await step.EndDialogAsync(SafetyAnswer.No, cancellationToken);
        }

        return await step.PromptAsync(PromptId, QuestionPrompts.Choosing(check.Prompt, check.RetryPrompt, check.Choices), cancellationToken);
    }

    private async Task<DialogTurnResult> ReadAnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answer = AnswerOf(step.Context.Activity.Text, step.Result as FoundChoice) switch
        {
            ReportSlots.Yes => SafetyAnswer.Yes,
            ReportSlots.No => SafetyAnswer.No,
            _ => SafetyAnswer.Unsure,
        };
        if (answer == SafetyAnswer.Unsure && _content.RedFlags.SafetyCheck is { } check)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(check.UnsureMessage), cancellationToken);
        }

        return await step.EndDialogAsync(answer, cancellationToken);
    }

    /// <summary>The answer's value (yes, no, unsure), or <c>null</c> when the reply is not an answer.</summary>
    private string? AnswerOf(string? text, FoundChoice? recognized)
    {
        var choices = _content.RedFlags.SafetyCheck?.Choices;
        var choice = choices?.Find(text)
            ?? (recognized is { } found && choices is not null && found.Index < choices.Choices.Count ? choices.Choices[found.Index] : null);
        return choice?.Value;
    }
}
