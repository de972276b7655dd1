using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SpineBot.Dialogs.Choices;

namespace SpineBot.Dialogs.Prompts;

/// <summary>Builds a prompt message with its choices rendered in the style that suits the channel.</summary>
internal static class ChoiceMessage
{
    /// <summary>
    /// The prompt (or retry prompt) with the choices added: its text and speak go with the choices (into the hero card
    /// when that style is used), its own attachments are kept.
    /// </summary>
    public static IMessageActivity Build(ITurnContext turnContext, IMessageActivity? prompt, IList<Choice> choices, ListStyle style)
    {
        var message = prompt ?? (IMessageActivity)new Activity(ActivityTypes.Message) { InputHint = InputHints.ExpectingInput };
        if (choices.Count == 0 || style == ListStyle.None)
        {
            return message;
        }

        var rendered = style == ListStyle.Auto
            ? ChoiceFactory.ForChannel(turnContext, choices, message.Text, message.Speak)
            : ChoiceFactory.Render(style, choices, message.Text, message.Speak);

        message.Text = rendered.Text;
        message.Speak = rendered.Speak ?? message.Speak;
        message.InputHint = InputHints.ExpectingInput;
        if (rendered.SuggestedActions is not null)
        {
            message.SuggestedActions = rendered.SuggestedActions;
        }

        if (rendered.Attachments is { Count: > 0 })
        {
            message.Attachments = [.. message.Attachments ?? [], .. rendered.Attachments];
            message.AttachmentLayout ??= AttachmentLayoutTypes.List;
        }

        return message;
    }
}
