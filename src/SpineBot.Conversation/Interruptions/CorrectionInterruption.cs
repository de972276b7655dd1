using SpineBot.Content.Questions;
using SpineBot.Content.Answers;
using SpineBot.Content.Messages;
using Microsoft.Bot.Builder;
using SpineBot.Conversation.Handoff;
using SpineBot.Conversation.Questions;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Wording;
using SpineBot.Dialogs;
using SpineBot.Triage;

namespace SpineBot.Conversation.Interruptions;

/// <summary>
/// A correction ("actually it's been three weeks, not three days", "no, upper back", "I meant a 6") or a new fact
/// given at a question that asked something else: the facts are replaced (<see cref="Triage.Story.ReportCorrection"/>),
/// the bot says back what changed in one line and asks the pending question again. A message that answers the pending
/// question is left to its prompt (which reads the same correction). After the explanation, a correction that makes
/// the pain persistent brings the clinic's details; at a symptom or cause question, it brings "have it looked at" and
/// the choice between the cause questions and the clinic's number at once (unless the runner already chose the questions).
/// </summary>
internal sealed class CorrectionInterruption(
    ConversationMessages messages,
    TriageRules triage,
    RunnerAnswers runnerAnswers,
    IntakeQuestions questions,
    RunnerMemory memory,
    AnswerReader answers,
    CorrectionSayBack sayBack,
    TimeProvider timeProvider) : IInterruption
{
    public int Order => 600;

    public async Task<DialogTurnResult?> TryHandleAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var message = await RunnerMessage.ReadAsync(innerDc, messages, triage, runnerAnswers, questions, memory, answers, timeProvider, cancellationToken);
        if (message is null || !message.Correction.HasChanges || message.AnswersPending || message.Asking == PendingAsk.Story)
        {
            return null;
        }

        var ended = innerDc.ActiveDialog is null;
        if ((ended || message.Asking is null) && !message.CorrectsAFact)
        {
            // A new story after the end starts again; another dialog's prompt reads its own answer.
            return null;
        }

        var before = triage.Handoff.Assess(message.Known).IsRecommended;
        var corrected = message.Correction.Report;
        await memory.RememberAsync(innerDc.Context, corrected, cancellationToken);
        RunnerMessage.Forget(innerDc.Context);
        if (sayBack.Describe(message.Known, corrected) is { } line)
        {
            await innerDc.Context.SendActivityAsync(MessageFactory.Text(line), cancellationToken);
        }

        var nowPersistent = !before && triage.Handoff.Assess(corrected).IsRecommended;
        if (nowPersistent && (ended || message.Asking is null) && !await memory.IsTalkingToClinicAsync(innerDc.Context, cancellationToken))
        {
            return await innerDc.BeginDialogAsync(ClinicHandoffDialog.DialogId, new ClinicHandoffOptions(HandoffTrigger.Recommended, corrected), cancellationToken);
        }

        if (nowPersistent && innerDc.ActiveDialog?.Id == QuestionsDialog.DialogId && !await memory.ChoseQuestionsAsync(innerDc.Context, cancellationToken))
        {
            // At a symptom or cause question: "have it looked at" right after the say-back, with the cause questions
            // offered, not imposed (the main dialog's next step makes the offer). A runner who already chose the
            // questions in that offer hears the say-back and the question again.
            await memory.NoteAskingAsync(innerDc.Context, null, cancellationToken);
            return await innerDc.EndDialogAsync(corrected, cancellationToken);
        }

        return ended ? new DialogTurnResult(DialogTurnStatus.Complete) : await PendingQuestion.AskAgainAsync(innerDc, cancellationToken);
    }
}
