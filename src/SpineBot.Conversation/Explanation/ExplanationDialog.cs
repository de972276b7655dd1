using Microsoft.Bot.Builder;
using SpineBot.Conversation.Dialogs;
using SpineBot.Conversation.Telemetry;
using SpineBot.Dialogs;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Explanation;

/// <summary>Explains the likely causes with their self-care (see <see cref="CauseExplanation"/>); asks nothing.</summary>
internal sealed class ExplanationDialog : RunnerComponentDialog
{
    private readonly CauseExplanation _explanation;

    public ExplanationDialog(CauseExplanation explanation, ConversationTelemetry telemetry)
        : base("explanation", telemetry)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        _explanation = explanation;
        AddDialog(new WaterfallDialog("explanationSteps", [ExplainAsync]));
    }

    private async Task<DialogTurnResult> ExplainAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var report = step.GetOptions<RunnerReport>() ?? new RunnerReport();
        foreach (var text in _explanation.Write(report))
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
        }

        return await step.EndDialogAsync(report, cancellationToken);
    }
}
