using SpineBot.Content;
using SpineBot.Dialogs;
using SpineBot.Dialogs.Choices;
using SpineBot.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace SpineBot.Benchmarks.Dialogs;

/// <summary>
/// Three of the triage's questions as a waterfall in a component, asked with the library's prompts and the real
/// content's wording and choices: where it hurts (choice), how bad (number 0–10), and down a leg (yes/no).
/// </summary>
internal sealed class IntakeDialog : ComponentDialog
{
    private const string ChoiceId = "choice";
    private const string NumberId = "number";

    private readonly ClinicContent _content;

    public IntakeDialog(ClinicContent content)
        : base("intake")
    {
        _content = content;
        AddDialog(new WaterfallDialog("intake-steps", [AskLocationAsync, AskSeverityAsync, AskLegAsync, FinishAsync]));
        AddDialog(new ChoicePrompt(ChoiceId));
        AddDialog(new NumberPrompt<int>(NumberId));
    }

    private Task<DialogTurnResult> AskLocationAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        AskAsync(step, "location", cancellationToken);

    private Task<DialogTurnResult> AskSeverityAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values["location"] = (step.Result as FoundChoice)?.Value;
        return AskAsync(step, "severity", cancellationToken);
    }

    private Task<DialogTurnResult> AskLegAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values["severity"] = step.Result as int?;
        return AskAsync(step, "legSymptoms", cancellationToken);
    }

    private static Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(step.Values, cancellationToken);

    private Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string questionId, CancellationToken cancellationToken)
    {
        var question = _content.Question(questionId);
        var options = new PromptOptions
        {
            Prompt = MessageFactory.Text(question.Prompt),
            RetryPrompt = MessageFactory.Text(question.RetryPrompt),
            Choices = question.Choices?.Choices.Select(choice => new Choice(choice.Title) { Synonyms = [.. choice.Synonyms] }).ToList(),
        };
        return step.PromptAsync(question.Choices is null ? NumberId : ChoiceId, options, cancellationToken);
    }
}
