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
    private readonly IStatePropertyAccessor<SafetyRecord> _safety;
    private readonly IStatePropertyAccessor<string> _asking;
    private readonly IStatePropertyAccessor<bool> _choseQuestions;

    public RunnerMemory(ConversationState conversationState)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _report = conversationState.CreateProperty<RunnerReport>("RunnerReport");
        _welcomed = conversationState.CreateProperty<bool>("Welcomed");
        _talkingToClinic = conversationState.CreateProperty<bool>("TalkingToClinic");
        _safety = conversationState.CreateProperty<SafetyRecord>("Safety");
        _asking = conversationState.CreateProperty<string>("Asking");
        _choseQuestions = conversationState.CreateProperty<bool>("ChoseQuestions");
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
        await _asking.DeleteAsync(turnContext, cancellationToken);
        await _choseQuestions.DeleteAsync(turnContext, cancellationToken);
    }

    /// <summary>
    /// What the safety screen keeps for the conversation (kept by "start over" and after an emergency; only "forget
    /// me" clears it). Changes to the returned record are saved with the turn.
    /// </summary>
    public async Task<SafetyRecord> SafetyAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => await _safety.GetAsync(turnContext, () => new SafetyRecord(), cancellationToken) ?? new SafetyRecord();

    /// <summary>
    /// What the bot is waiting for: a question id, <see cref="PendingAsk.Story"/>, <see cref="PendingAsk.SafetyCheck"/>,
    /// or <c>null</c> (another prompt, or nothing).
    /// </summary>
    public async Task<string?> AskingAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var asking = await _asking.GetAsync(turnContext, () => string.Empty, cancellationToken);
        return string.IsNullOrEmpty(asking) ? null : asking;
    }

    /// <summary>Notes what the bot is waiting for (<c>null</c>: a prompt the runner's questions and corrections do not read).</summary>
    public Task NoteAskingAsync(ITurnContext turnContext, string? asking, CancellationToken cancellationToken)
        => _asking.SetAsync(turnContext, asking ?? string.Empty, cancellationToken);

    /// <summary>Whether the clinic's details and call-back offer are being shown right now.</summary>
    public Task<bool> IsTalkingToClinicAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => _talkingToClinic.GetAsync(turnContext, () => false, cancellationToken);

    /// <summary>Notes whether the clinic's details and call-back offer are being shown.</summary>
    public Task NoteTalkingToClinicAsync(ITurnContext turnContext, bool talking, CancellationToken cancellationToken)
        => _talkingToClinic.SetAsync(turnContext, talking, cancellationToken);

    /// <summary>Whether the runner, told to have persistent pain looked at, chose the cause questions anyway.</summary>
    public Task<bool> ChoseQuestionsAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => _choseQuestions.GetAsync(turnContext, () => false, cancellationToken);

    /// <summary>Notes that the runner chose the cause questions in the persistent-pain offer.</summary>
    public Task NoteChoseQuestionsAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => _choseQuestions.SetAsync(turnContext, true, cancellationToken);

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
