using Microsoft.Bot.Builder;
using SpineBot.Content;
using SpineBot.Content.Questions;
using SpineBot.Conversation.Dialogs;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Telemetry;
using SpineBot.Dialogs;
using SpineBot.Dialogs.Choices;
using SpineBot.Dialogs.Prompts;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Questions;

/// <summary>
/// Asks, one waterfall turn at a time, only the questions its plan still needs, with buttons where the question has
/// answers to pick and typed answers accepted. After three answers it cannot understand it gives the clinic's number
/// and moves on instead of looping. Ends with the updated <see cref="RunnerReport"/>.
/// </summary>
internal abstract class QuestionsDialog : RunnerComponentDialog
{
    private const string StepsId = "askNext";
    private const string ChoicePromptId = "choiceQuestion";
    private const string NumberPromptId = "numberQuestion";
    private const string QuestionKey = "questionId";

    private readonly ClinicContent _content;
    private readonly IQuestionPlan _plan;
    private readonly AnswerReader _answers;
    private readonly RunnerMemory _memory;

    protected QuestionsDialog(string dialogId, IQuestionPlan plan, ClinicContent content, AnswerReader answers, RunnerMemory memory, ConversationTelemetry telemetry)
        : base(dialogId, telemetry)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(memory);
        _plan = plan;
        _content = content;
        _answers = answers;
        _memory = memory;
        AddDialog(new WaterfallDialog(StepsId, [AskAsync, ReadAnswerAsync]));
        AddDialog(new ChoicePrompt(ChoicePromptId, ThreeMisses.Or<FoundChoice>(prompt => Understood(prompt.Context, prompt.Options, prompt.Recognized.Succeeded ? prompt.Recognized.Value : null))));
        AddDialog(new NumberPrompt<int>(NumberPromptId, ThreeMisses.Or<int>(prompt => Understood(prompt.Context, prompt.Options, prompt.Recognized.Succeeded ? prompt.Recognized.Value : null))));
    }

    private static QuestionsOptions OptionsOf(WaterfallStepContext step) =>
        step.GetOptions<QuestionsOptions>() ?? QuestionsOptions.Start(new RunnerReport());

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = OptionsOf(step);
        if (_plan.Next(options.Report, options.Asked) is not { } question)
        {
            return await step.EndDialogAsync(options.Report, cancellationToken);
        }

        step.Values[QuestionKey] = question.Id;
        var promptId = question.Choices is not null ? ChoicePromptId : NumberPromptId;
        return await step.PromptAsync(promptId, QuestionPrompts.For(question), cancellationToken);
    }

    private async Task<DialogTurnResult> ReadAnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = OptionsOf(step);
        var question = _content.Question(step.Values.GetValue<string>(QuestionKey) ?? string.Empty);
        var report = ThreeMisses.GaveUp(step.Context) ? null : _answers.Read(question, step.Context, options.Report, step.Result);
        if (report is null)
        {
            // Three answers the bot could not understand: give the clinic's number instead of asking again.
            await step.Context.SendActivityAsync(MessageFactory.Text(_content.Messages.TooManyMisses), cancellationToken);
            report = options.Report;
        }

        await _memory.RememberAsync(step.Context, report, cancellationToken);
        return await step.ReplaceDialogAsync(StepsId, options.After(question.Id, report), cancellationToken);
    }

    private bool Understood(ITurnContext turnContext, PromptOptions options, object? recognized)
    {
        var questionId = options.GetValidations<string>();
        return questionId is not null && _answers.Answers(_content.Question(questionId), turnContext, recognized);
    }
}
