using SpineBot.Content.Causes;
using Microsoft.Bot.Builder;
using SpineBot.Content.Answers;
using SpineBot.Content.Messages;
using SpineBot.Content.Questions;
using SpineBot.Conversation.Dialogs;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Telemetry;
using SpineBot.Conversation.Wording;
using SpineBot.Dialogs;
using SpineBot.Dialogs.Prompts;
using SpineBot.Triage;
using SpineBot.Triage.Reports;
using SpineBot.Triage.Story;

namespace SpineBot.Conversation.Questions;

/// <summary>
/// Asks, one waterfall turn at a time, only the questions its plan (<see cref="QuestionsOptions.Plan"/>: symptoms or
/// causes) still needs, with buttons where the question has answers to pick and typed answers accepted. A reply it
/// cannot understand is answered with "sorry, I didn't catch that" and the question again; after three
/// (<see cref="ThreeMisses"/>) it gives the clinic's number and moves on. Ends with the updated <see cref="RunnerReport"/>.
/// </summary>
internal sealed class QuestionsDialog : RunnerComponentDialog
{
    /// <summary>The dialog's id.</summary>
    public const string DialogId = "questions";

    private const string StepsId = "askNext";
    private const string ChoicePromptId = "choiceQuestion";
    private const string NumberPromptId = "numberQuestion";
    private const string QuestionKey = "questionId";

    private readonly ConversationMessages _messages;
    private readonly TriageRules _triage;
    private readonly IntakeQuestions _questions;
    private readonly RunnerAnswers _runnerAnswers;
    private readonly AnswerReader _answers;
    private readonly RunnerMemory _memory;
    private readonly CorrectionSayBack _sayBack;
    private readonly SymptomQuestionPlan _symptoms;
    private readonly CauseQuestionPlan _causes;

    public QuestionsDialog(ConversationMessages messages, TriageRules triage, IntakeQuestions questions, ArticleCauses articleCauses, RunnerAnswers runnerAnswers, AnswerReader answers, RunnerMemory memory, CorrectionSayBack sayBack, ConversationTelemetry telemetry)
        : base(DialogId, telemetry)
    {
        _messages = messages ?? throw new ArgumentNullException(nameof(messages));
        _triage = triage ?? throw new ArgumentNullException(nameof(triage));
        _questions = questions ?? throw new ArgumentNullException(nameof(questions));
        _runnerAnswers = runnerAnswers ?? throw new ArgumentNullException(nameof(runnerAnswers));
        _answers = answers ?? throw new ArgumentNullException(nameof(answers));
        _memory = memory ?? throw new ArgumentNullException(nameof(memory));
        _sayBack = sayBack ?? throw new ArgumentNullException(nameof(sayBack));
        _symptoms = new SymptomQuestionPlan(questions);
        _causes = new CauseQuestionPlan(triage, questions, articleCauses);
        AddDialog(new WaterfallDialog(StepsId, [AskAsync, ReadAnswerAsync]));
        AddDialog(new ChoicePrompt(ChoicePromptId, (prompt, _) => Task.FromResult(Validate(prompt, prompt.Recognized.Succeeded ? prompt.Recognized.Value : null))));
        AddDialog(new NumberPrompt<int>(NumberPromptId, (prompt, _) => Task.FromResult(Validate(prompt, prompt.Recognized.Succeeded ? prompt.Recognized.Value : null)), questions.Language));
    }

    private static QuestionsOptions OptionsOf(WaterfallStepContext step) =>
        step.GetOptions<QuestionsOptions>() ?? QuestionsOptions.Start(QuestionPlanKind.Symptoms, new RunnerReport());

    private IQuestionPlan PlanFor(QuestionPlanKind plan) => plan == QuestionPlanKind.Causes ? _causes : _symptoms;

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = OptionsOf(step);
        var report = await _memory.RecallAsync(step.Context, cancellationToken);
        // Persistent pain hears "have it looked at" as soon as the bot knows, rather than after more questions.
        var persistent = !options.RunnerChoseThem && _messages.PersistentPain is not null && _triage.Handoff.Assess(report).IsRecommended;
        var enough = options.Plan == QuestionPlanKind.Causes && options.Asked.Count >= _questions.MostCauseQuestions;
        if (persistent || enough || PlanFor(options.Plan).Next(report, options.Asked) is not { } question)
        {
            await _memory.NoteAskingAsync(step.Context, null, cancellationToken);
            return await step.EndDialogAsync(report, cancellationToken);
        }

        step.Values[QuestionKey] = question.Id;
        await _memory.NoteAskingAsync(step.Context, question.Id, cancellationToken);
        var promptId = question.Choices is not null ? ChoicePromptId : NumberPromptId;
        var prompt = QuestionPrompts.For(question);
        prompt.RetryPrompt = RetryAfterMiss(question, 1);
        return await step.PromptAsync(promptId, prompt, cancellationToken);
    }

    private async Task<DialogTurnResult> ReadAnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = OptionsOf(step);
        var question = _questions.Question(step.Values.GetValue<string>(QuestionKey) ?? string.Empty);
        var known = await _memory.RecallAsync(step.Context, cancellationToken);
        var report = ThreeMisses.GaveUp(step.Context) ? null : _answers.Read(question, step.Context, known, step.Result);
        if (report is null)
        {
            // Three answers the bot could not understand: give the clinic's number instead of asking again.
            await step.Context.SendActivityAsync(MessageFactory.Text(_messages.TooManyMisses), cancellationToken);
            report = known;
        }
        else if (ReportCorrection.Between(known, report).Changes.Any(change => change.WasKnown && change.Slot != question.Slot)
            && _sayBack.Describe(known, report) is { } corrected)
        {
            // The answer also corrected an earlier fact ("no, and it's been three weeks actually").
            await step.Context.SendActivityAsync(MessageFactory.Text(corrected), cancellationToken);
        }

        await _memory.RememberAsync(step.Context, report, cancellationToken);
        return await step.ReplaceDialogAsync(StepsId, options.After(question.Id, report), cancellationToken);
    }

    private bool Validate<T>(PromptValidatorContext<T> prompt, object? recognized)
    {
        var questionId = prompt.Options.GetValidations<string>();
        if (questionId is null)
        {
            return ThreeMisses.Accept(prompt, understood: false);
        }

        var question = _questions.Question(questionId);
        var accepted = ThreeMisses.Accept(prompt, !PlainWording.IsAsked(_runnerAnswers, prompt.Context) && _answers.Answers(question, prompt.Context, recognized));
        if (!accepted)
        {
            prompt.Options.RetryPrompt = PlainWording.IsAsked(_runnerAnswers, prompt.Context)
                ? PlainWording.Say(_runnerAnswers, question.Plain)
                : RetryAfterMiss(question, prompt.AttemptCount);
        }

        return accepted;
    }

    /// <summary>The question asked again after the <paramref name="miss"/>-th reply the bot could not understand.</summary>
    private Microsoft.Bot.Schema.Activity RetryAfterMiss(QuestionContent question, int miss)
    {
        return MessageFactory.Text(MessageText.Sentences(_messages.NotUnderstoodAfter(miss), question.RetryPrompt));
    }
}
