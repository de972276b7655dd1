using Microsoft.Bot.Builder;

namespace SpineBot.Dialogs.Tests.Conformance;

/// <summary>A waterfall that records why it ended (the SDK tests' "EnsureEndDialogCalled").</summary>
internal sealed class EndRecordingWaterfall(string id, List<DialogReason> reasons, IEnumerable<WaterfallStep> steps) : WaterfallDialog(id, steps)
{
    public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        reasons.Add(reason);
        return base.EndDialogAsync(turnContext, instance, reason, cancellationToken);
    }
}
