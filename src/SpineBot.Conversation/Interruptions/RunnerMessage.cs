using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SpineBot.Content.Answers;
using SpineBot.Content.Messages;
using SpineBot.Content.Questions;
using SpineBot.Conversation.Questions;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Wording;
using SpineBot.Dialogs;
using SpineBot.Triage;
using SpineBot.Triage.Reports;
using SpineBot.Triage.Story;
using SpineBot.Triage.Understanding;

namespace SpineBot.Conversation.Interruptions;

/// <summary>
/// A message read once for what it is, before the active prompt sees it: the runner's question or aside, the facts it
/// tells on its own, how it changes what was known, and whether it answers what the bot is waiting for.
/// </summary>
internal sealed record RunnerMessage(
    string Text,
    RunnerQuestionMatch Question,
    RunnerReport Known,
    ReportCorrection Correction,
    bool TellsFacts,
    bool TellsAStory,
    string? Asking,
    bool AnswersPending)
{
    private const string Key = "SpineBot.RunnerMessage";
    private const int WordsInAStatement = 3;
    private static readonly char[] ClauseEnds = [',', '.', ';', '!', '?', '\n'];

    /// <summary>Whether the message changes a fact the runner had already given (a correction, not a new fact).</summary>
    public bool CorrectsAFact => Correction.Changes.Any(change => change.WasKnown);

    /// <summary>Reads the turn's message once per turn (every interruption sees the same reading).</summary>
    public static async Task<RunnerMessage?> ReadAsync(
        DialogContext innerDc,
        ConversationMessages messages,
        TriageRules triage,
        RunnerAnswers runnerAnswers,
        IntakeQuestions questions,
        RunnerMemory memory,
        AnswerReader answers,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(triage);
        ArgumentNullException.ThrowIfNull(runnerAnswers);
        ArgumentNullException.ThrowIfNull(questions);
        var turnContext = innerDc.Context;
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(answers);
        if (turnContext.TurnState.Get<object>(Key) is RunnerMessage known)
        {
            return known;
        }

        var text = turnContext.Activity?.Type == ActivityTypes.Message ? turnContext.Activity.Text : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var today = RunnerClock.Today(turnContext, timeProvider);
        var reader = triage.StoryReader;
        var report = await memory.RecallAsync(turnContext, cancellationToken);
        // What the bot waits for counts only while one of the dialogs that ask it is on top (not a hand-off begun over it).
        var asking = innerDc.ActiveDialog?.Id is "intake" or "questions" or PersistentPainDialog.DialogId or Safety.SafetyCheckDialog.DialogId
            ? await memory.AskingAsync(turnContext, cancellationToken)
            : null;
        // A message that only asks ("is heel striking bad?") tells no story, even when it names a fact.
        var asksOnly = triage.RedFlags.Reader.Read(text).IsQuestion;
        var fresh = asksOnly ? new RunnerReport() : ReportCorrection.Read(reader, new RunnerReport(), text, today).Report;
        var story = fresh != new RunnerReport() || (!asksOnly && HasAStatement(runnerAnswers, text));
        var message = new RunnerMessage(
            text,
            runnerAnswers.Matcher.Match(text),
            report,
            ReportCorrection.Read(reader, report, text, today),
            fresh != new RunnerReport(),
            story,
            asking,
            asking == PendingAsk.Story ? story : Answers(messages, runnerAnswers, questions, answers, turnContext, asking, text));
        turnContext.TurnState[Key] = message;
        return message;
    }

    /// <summary>Forgets the turn's reading (after an interruption changed what is known).</summary>
    public static void Forget(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Remove(Key);
    }

    /// <summary>Whether a part of the message of a few words says something other than a question or aside ("it hurts after I run").</summary>
    private static bool HasAStatement(RunnerAnswers runnerAnswers, string text) =>
        text.Length <= RunnerQuestionMatcher.MaxLength
        && text.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(clause => clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= WordsInAStatement
                && !runnerAnswers.Matcher.Match(clause).NeedsAnswer);

    private static bool Answers(ConversationMessages messages, RunnerAnswers runnerAnswers, IntakeQuestions questions, AnswerReader answers, ITurnContext turnContext, string? asking, string text)
    {
        switch (asking)
        {
            case null:
                return false;
            case PendingAsk.SafetyCheck:
                var reading = runnerAnswers.ShortAnswers.Read(text, ShortAnswerUse.SafetyCheck);
                return reading.IsAnswer && reading.YesNo != YesNoReading.Acknowledgement;
            case PendingAsk.PersistentChoice:
                return messages.PersistentPain is { } offer && offer.Choices.Find(text) is not null;
            default:
                return questions.All.FirstOrDefault(question => question.Id == asking) is { } pending
                    && answers.Answers(pending, turnContext, recognized: null);
        }
    }
}
