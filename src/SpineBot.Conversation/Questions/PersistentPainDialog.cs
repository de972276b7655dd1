using Microsoft.Bot.Builder;
using SpineBot.Content.Answers;
using SpineBot.Content.Handoff;
using SpineBot.Content.Messages;
using SpineBot.Conversation.Dialogs;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Telemetry;
using SpineBot.Conversation.Wording;
using SpineBot.Dialogs;
using SpineBot.Dialogs.Prompts;
using SpineBot.Triage;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Questions;

/// <summary>
/// Pain that sounds persistent hears "have it looked at" (with why) as soon as the bot knows, then chooses: a few
/// questions about running causes, or the clinic's number. Ends with <see cref="PersistentPainOffer.Questions"/> or
/// <see cref="PersistentPainOffer.Clinic"/> (three replies it cannot understand: the clinic).
/// </summary>
internal sealed class PersistentPainDialog : RunnerComponentDialog
{
    /// <summary>The dialog's id.</summary>
    public const string DialogId = "persistentPain";

    private const string ChoicePromptId = "persistentChoice";

    private readonly ConversationMessages _messages;
    private readonly TriageRules _triage;
    private readonly HandoffContent _handoff;
    private readonly RunnerAnswers _runnerAnswers;
    private readonly RunnerMemory _memory;

    public PersistentPainDialog(ConversationMessages messages, TriageRules triage, HandoffContent handoff, RunnerAnswers runnerAnswers, RunnerMemory memory, ConversationTelemetry telemetry)
        : base(DialogId, telemetry)
    {
        _messages = messages ?? throw new ArgumentNullException(nameof(messages));
        _triage = triage ?? throw new ArgumentNullException(nameof(triage));
        _handoff = handoff ?? throw new ArgumentNullException(nameof(handoff));
        _runnerAnswers = runnerAnswers ?? throw new ArgumentNullException(nameof(runnerAnswers));
        _memory = memory ?? throw new ArgumentNullException(nameof(memory));
        AddDialog(new WaterfallDialog("persistentSteps", [OfferAsync, ChosenAsync]));
        AddDialog(new ChoicePrompt(ChoicePromptId, (prompt, _) => Task.FromResult(Validate(prompt))));
    }

    private bool Validate(PromptValidatorContext<SpineBot.Dialogs.Choices.FoundChoice> prompt)
    {
        var offer = _messages.PersistentPain;
        var accepted = ThreeMisses.Accept(prompt, !PlainWording.IsAsked(_runnerAnswers, prompt.Context) && ChosenAnswer.From(offer?.Choices, prompt.Context.Activity.Text, prompt.Recognized.Value) is not null);
        if (!accepted && offer is not null)
        {
            prompt.Options.RetryPrompt = PlainWording.IsAsked(_runnerAnswers, prompt.Context)
                ? PlainWording.Say(_runnerAnswers, offer.Plain)
                : MessageFactory.Text(MessageText.Sentences(_messages.NotUnderstoodAfter(prompt.AttemptCount), offer.Prompt));
        }

        return accepted;
    }

    private async Task<DialogTurnResult> OfferAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var report = step.GetOptions<RunnerReport>() ?? new RunnerReport();
        if (_handoff.RecommendationFor(_triage.Handoff.Assess(report)) is { } recommendation)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(recommendation), cancellationToken);
        }

        if (_messages.PersistentPain is not { } offer)
        {
            return await step.EndDialogAsync(PersistentPainOffer.Clinic, cancellationToken);
        }

        await _memory.NoteAskingAsync(step.Context, PendingAsk.PersistentChoice, cancellationToken);
        return await step.PromptAsync(ChoicePromptId, QuestionPrompts.Choosing(offer.Prompt, offer.Prompt, offer.Choices), cancellationToken);
    }

    private async Task<DialogTurnResult> ChosenAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await _memory.NoteAskingAsync(step.Context, null, cancellationToken);
        var chosen = ChosenAnswer.From(_messages.PersistentPain?.Choices, step.Context.Activity.Text, step.Result)?.Value;
        if (chosen == PersistentPainOffer.Questions)
        {
            await _memory.NoteChoseQuestionsAsync(step.Context, cancellationToken);
        }

        return await step.EndDialogAsync(chosen ?? PersistentPainOffer.Clinic, cancellationToken);
    }
}
