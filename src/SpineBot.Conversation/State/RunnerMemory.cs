using Microsoft.Bot.Builder;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.State;

/// <summary>
/// What the bot remembers about the runner in this conversation (ConversationState): the facts understood so far,
/// kept alongside the dialogs' own copy so "what do you know" and "talk to the clinic" can use them from any point,
/// and whether the welcome was sent. Holds facts only, never the runner's messages.
/// </summary>
internal sealed class RunnerMemory
{
    private readonly IStatePropertyAccessor<RunnerReport> _report;
    private readonly IStatePropertyAccessor<bool> _welcomed;
    private readonly IStatePropertyAccessor<bool> _talkingToClinic;

    public RunnerMemory(ConversationState conversationState)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _report = conversationState.CreateProperty<RunnerReport>("RunnerReport");
        _welcomed = conversationState.CreateProperty<bool>("Welcomed");
        _talkingToClinic = conversationState.CreateProperty<bool>("TalkingToClinic");
    }

    /// <summary>The facts understood so far (an empty report when none).</summary>
    public async Task<RunnerReport> RecallAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => await _report.GetAsync(turnContext, () => new RunnerReport(), cancellationToken) ?? new RunnerReport();

    /// <summary>Replaces the facts understood so far.</summary>
    public Task RememberAsync(ITurnContext turnContext, RunnerReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        return _report.SetAsync(turnContext, report, cancellationToken);
    }

    /// <summary>Forgets the facts and where the conversation was (start over, cancel, an emergency); keeps the welcome.</summary>
    public async Task ForgetReportAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await _report.DeleteAsync(turnContext, cancellationToken);
        await _talkingToClinic.DeleteAsync(turnContext, cancellationToken);
    }

    /// <summary>Whether the clinic's details and call-back offer are being shown right now.</summary>
    public Task<bool> IsTalkingToClinicAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => _talkingToClinic.GetAsync(turnContext, () => false, cancellationToken);

    /// <summary>Notes whether the clinic's details and call-back offer are being shown.</summary>
    public Task NoteTalkingToClinicAsync(ITurnContext turnContext, bool talking, CancellationToken cancellationToken)
        => _talkingToClinic.SetAsync(turnContext, talking, cancellationToken);

    /// <summary>Whether the welcome was already sent in this conversation.</summary>
    public Task<bool> WasWelcomedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => _welcomed.GetAsync(turnContext, () => false, cancellationToken);

    /// <summary>Forgets that the welcome was sent (it is given again, in the language the conversation turned out to be in).</summary>
    public Task ForgetWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => _welcomed.DeleteAsync(turnContext, cancellationToken);

    /// <summary>Notes that the welcome was sent.</summary>
    public Task NoteWelcomedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => _welcomed.SetAsync(turnContext, true, cancellationToken);
}
