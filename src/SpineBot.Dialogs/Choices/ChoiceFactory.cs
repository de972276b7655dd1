using System.Globalization;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SpineBot.Dialogs.Choices;

/// <summary>Renders a list of choices as a message: suggested actions, a hero card, or text.</summary>
public static class ChoiceFactory
{
    /// <summary>
    /// Picks the style for a channel: suggested actions when the channel shows that many; otherwise a hero card when
    /// it shows that many card buttons (e.g. Teams with more than 3 choices); otherwise inline text for up to 3
    /// choices, or a numbered list.
    /// </summary>
    public static IMessageActivity ForChannel(string? channelId, IList<Choice> choices, string? text = null, string? speak = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return Render(AutoStyle(channelId, choices.Count, Channel.SupportsSuggestedActions(channelId, choices.Count)), choices, text, speak);
    }

    /// <summary>Like <see cref="ForChannel(string?, IList{Choice}, string?, string?)"/>, but knows Teams shows suggested actions only in personal chats.</summary>
    public static IMessageActivity ForChannel(ITurnContext turnContext, IList<Choice> choices, string? text = null, string? speak = null)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(choices);
        var channelId = turnContext.Activity?.ChannelId;
        var suggested = Channel.SupportsSuggestedActions(turnContext, choices.Count);
        return Render(AutoStyle(channelId, choices.Count, suggested), choices, text, speak);
    }

    /// <summary>Renders the choices in a given style (<see cref="ListStyle.Auto"/> is treated as a channel-less list).</summary>
    public static IMessageActivity Render(ListStyle style, IList<Choice> choices, string? text = null, string? speak = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return style switch
        {
            ListStyle.None => WithHints(MessageFactory.Text(text ?? string.Empty, speak)),
            ListStyle.Inline => Inline(choices, text, speak),
            ListStyle.SuggestedAction => SuggestedAction(choices, text, speak),
            ListStyle.HeroCard => HeroCard(choices, text, speak),
            _ => List(choices, text, speak),
        };
    }

    /// <summary>Choices as suggested-action buttons below the text.</summary>
    public static IMessageActivity SuggestedAction(IList<Choice> choices, string? text = null, string? speak = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return WithHints(MessageFactory.SuggestedActions(ToActions(choices), text, speak, InputHints.ExpectingInput));
    }

    /// <summary>Choices as imBack buttons on a hero card that carries the text.</summary>
    public static IMessageActivity HeroCard(IList<Choice> choices, string? text = null, string? speak = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var card = new HeroCard(text: text, buttons: ToActions(choices));
        return WithHints(MessageFactory.Attachment(card.ToAttachment(), null, speak));
    }

    /// <summary>Choices inline after the text: "text (1) a, (2) b, or (3) c".</summary>
    public static IMessageActivity Inline(IList<Choice> choices, string? text = null, string? speak = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var builder = new StringBuilder(text ?? string.Empty);
        for (var i = 0; i < choices.Count; i++)
        {
            builder.Append(InlineSeparator(i, choices.Count, builder.Length == 0))
                .Append(CultureInfo.InvariantCulture, $"({i + 1}) {Title(choices[i])}");
        }

        return WithHints(MessageFactory.Text(builder.ToString(), speak));
    }

    /// <summary>Choices as a numbered list below the text.</summary>
    public static IMessageActivity List(IList<Choice> choices, string? text = null, string? speak = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var builder = new StringBuilder(text ?? string.Empty);
        for (var i = 0; i < choices.Count; i++)
        {
            builder.Append(builder.Length == 0 ? string.Empty : "\n\n   ")
                .Append(CultureInfo.InvariantCulture, $"{i + 1}. {Title(choices[i])}");
        }

        return WithHints(MessageFactory.Text(builder.ToString(), speak));
    }

    /// <summary>Turns plain strings into choices.</summary>
    public static IList<Choice> ToChoices(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => new Choice(v))];
    }

    private static ListStyle AutoStyle(string? channelId, int count, bool suggestedActionsShown)
    {
        if (suggestedActionsShown)
        {
            return ListStyle.SuggestedAction;
        }

        if (Channel.SupportsCardActions(channelId, count))
        {
            return ListStyle.HeroCard;
        }

        return count <= 3 ? ListStyle.Inline : ListStyle.List;
    }

    /// <summary>What goes before the choice at <paramref name="index"/>: nothing, a space after the text, ", ", " or " or ", or ".</summary>
    private static string InlineSeparator(int index, int count, bool nothingBefore) => index switch
    {
        0 => nothingBefore ? string.Empty : " ",
        _ when index < count - 1 => ", ",
        _ => count == 2 ? " or " : ", or ",
    };

    private static List<CardAction> ToActions(IList<Choice> choices)
        => [.. choices.Select(c => c.Action ?? new CardAction(ActionTypes.ImBack, title: c.Value, value: c.Value))];

    private static string Title(Choice choice) => choice.Action?.Title ?? choice.Value;

    private static IMessageActivity WithHints(IMessageActivity activity)
    {
        activity.InputHint = InputHints.ExpectingInput;
        return activity;
    }
}
