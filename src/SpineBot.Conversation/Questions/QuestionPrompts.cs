using Microsoft.Bot.Builder;
using SpineBot.Content.Questions;
using SpineBot.Dialogs.Prompts;
using SpineBot.Triage.Reports;
using LibraryChoice = SpineBot.Dialogs.Choices.Choice;

namespace SpineBot.Conversation.Questions;

/// <summary>Turns content questions and answer sets into prompt options (the buttons show the answers' titles).</summary>
internal static class QuestionPrompts
{
    /// <summary>The prompt for a content question; its id travels in <see cref="PromptOptions.Validations"/>.</summary>
    public static PromptOptions For(QuestionContent question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new PromptOptions
        {
            Prompt = MessageFactory.Text(question.Prompt),
            RetryPrompt = MessageFactory.Text(question.RetryPrompt),
            Choices = question.Choices is { } set ? Buttons(set) : null,
            Validations = question.Id,
        };
    }

    /// <summary>A choice prompt's options for an answer set.</summary>
    public static PromptOptions Choosing(string prompt, string retryPrompt, ChoiceSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return new PromptOptions
        {
            Prompt = MessageFactory.Text(prompt),
            RetryPrompt = MessageFactory.Text(retryPrompt),
            Choices = Buttons(set),
        };
    }

    /// <summary>The answers as buttons, typed synonyms included.</summary>
    public static IList<LibraryChoice> Buttons(ChoiceSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return [.. set.Choices.Select(choice => new LibraryChoice(choice.Title) { Synonyms = [.. choice.Synonyms] })];
    }

    /// <summary>Buttons with their own titles that mean the answers of <paramref name="meaning"/> (yes, then no).</summary>
    public static IList<LibraryChoice> YesNoButtons(string yesTitle, string noTitle, ChoiceSet meaning)
    {
        ArgumentNullException.ThrowIfNull(meaning);
        return [Button(yesTitle, meaning, ReportSlots.Yes), Button(noTitle, meaning, ReportSlots.No)];
    }

    private static LibraryChoice Button(string title, ChoiceSet meaning, string value)
    {
        var answer = meaning.Choices.FirstOrDefault(choice => choice.Value == value);
        var synonyms = answer is null ? [] : answer.Synonyms.Prepend(answer.Title).Where(synonym => synonym != title).ToList();
        return new LibraryChoice(title) { Synonyms = synonyms };
    }
}
