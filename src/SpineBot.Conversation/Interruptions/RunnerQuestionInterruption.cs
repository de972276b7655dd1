using SpineBot.Content.Questions;
using SpineBot.Content.Messages;
using Microsoft.Bot.Builder;
using SpineBot.Content.Answers;
using SpineBot.Conversation.Dialogs;
using SpineBot.Conversation.Intake;
using SpineBot.Conversation.Questions;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Welcome;
using SpineBot.Conversation.Wording;
using SpineBot.Dialogs;
using SpineBot.Triage;
using SpineBot.Triage.Reports;
using SpineBot.Triage.Understanding;

namespace SpineBot.Conversation.Interruptions;

/// <summary>
/// The runner's own questions and asides, at every prompt and after the closing: answered from answers.json ("is it
/// serious?" by how the triage stands), an unknown question said to be unknown with the clinic's number, another body
/// part kindly out of scope, worry acknowledged in one sentence, small talk answered. Then the pending question is
/// asked again; when the same message also answers it (a story with a question in it), the prompt still reads it.
/// </summary>
internal sealed class RunnerQuestionInterruption(
    ConversationMessages messages,
    TriageRules triage,
    RunnerAnswers runnerAnswers,
    IntakeQuestions questions,
    RunnerMemory memory,
    AnswerReader answers,
    RunnerWelcome welcome,
    TimeProvider timeProvider) : IInterruption
{
    public int Order => 500;

    public async Task<DialogTurnResult?> TryHandleAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var message = await RunnerMessage.ReadAsync(innerDc, messages, triage, runnerAnswers, questions, memory, answers, timeProvider, cancellationToken);
        if (message is null || !message.Question.NeedsAnswer)
        {
            return null;
        }

        var match = message.Question;
        if (match.AnswerId == AnswerIds.WhatDoYouMean && message.Asking is not null)
        {
            // "What do you mean?" at a question: the prompt asks it again in plainer words (Questions/PlainWording).
            return null;
        }

        var smallTalk = match.AnswerId is AnswerIds.Greeting or AnswerIds.Thanks;
        var notStarted = innerDc.ActiveDialog is null && message.Known == new RunnerReport();
        if (message.AnswersPending && !IsPlainlyAsked(match))
        {
            // The reply answers what was asked, in words that also name a topic ("The clinic's number"): the prompt's.
            return null;
        }

        if (smallTalk && ((notStarted && !await memory.WasWelcomedAsync(innerDc.Context, cancellationToken))))
        {
            // "hi" opening a conversation gets the welcome; "ok thanks" that answers the question is an answer.
            return null;
        }

        if (innerDc.ActiveDialog is not null && message.Asking is null && !IsPlainlyAsked(match) && !message.Text.Contains('?', StringComparison.Ordinal))
        {
            // Another dialog's prompt (a call-back's best time: "evening"): only a plain question is the runner's.
            return null;
        }

        if (innerDc.ActiveDialog is null && notStarted)
        {
            // A question in the very first message: the welcome first, then the answer, then the story (or its prompt).
            await welcome.SendIntroductionOnceAsync(innerDc.Context, cancellationToken);
        }

        await innerDc.Context.SendActivityAsync(MessageFactory.Text(AnswerTo(match, message.Known)), cancellationToken);
        if (innerDc.ActiveDialog is null)
        {
            if (notStarted && message.TellsAStory && match.AnswerId != AnswerIds.OtherBodyPart)
            {
                // A story with a question in it: answered, and the story read as the conversation's start.
                return null;
            }

            if (!notStarted)
            {
                // After the closing: answered, and the conversation stays where it ended.
                return new DialogTurnResult(DialogTurnStatus.Complete);
            }

            await welcome.SendIntroductionOnceAsync(innerDc.Context, cancellationToken);
            return await innerDc.BeginDialogAsync(RunnerDialog.StepsId, new IntakeOptions(TakeStoryFromThisMessage: false), cancellationToken);
        }

        var outOfScope = match.AnswerId == AnswerIds.OtherBodyPart;
        return message.AnswersPending && !outOfScope ? null : await PendingQuestion.AskAgainAsync(innerDc, cancellationToken);
    }

    private static bool IsPlainlyAsked(RunnerQuestionMatch match) =>
        match.Reason is QuestionMatchReason.AskedInQuestion or QuestionMatchReason.NoAnswerForQuestion
        || match.AnswerId is AnswerIds.Worry or AnswerIds.OtherBodyPart;

    /// <summary>The answer, in one bubble: worry acknowledged first when the message also says it.</summary>
    private string AnswerTo(RunnerQuestionMatch match, RunnerReport known)
    {
        var assessment = triage.Handoff.Assess(known);
        var situation = assessment.IsRecommended || assessment.IsSoon ? AnswerSituation.WorthEvaluating : AnswerSituation.NothingConcerning;
        var text = runnerAnswers.TextFor(match, situation) ?? runnerAnswers.UnknownQuestion.Text(situation);
        return match.AnswerId != AnswerIds.Worry && match.Mentions(AnswerIds.Worry)
            ? MessageText.Sentences(runnerAnswers.Answer(AnswerIds.Worry).Text(situation), text)
            : text;
    }
}
