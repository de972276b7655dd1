using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SpineBot.Conversation.Tests.Support;

/// <summary>What the bot sent in one turn, with helpers to read it the way a runner would see it.</summary>
internal sealed class Replies(IReadOnlyList<IActivity> activities)
{
    public IReadOnlyList<IActivity> Activities { get; } = activities;

    /// <summary>The messages, in order.</summary>
    public IReadOnlyList<IMessageActivity> Messages => [.. Activities.OfType<IMessageActivity>().Where(a => a.Type == ActivityTypes.Message)];

    /// <summary>Each message's visible text: its text and its hero cards' title, subtitle and text.</summary>
    public IReadOnlyList<string> Texts => [.. Messages.Select(VisibleText)];

    /// <summary>All visible text of the turn.</summary>
    public string AllText => string.Join("\n", Texts);

    /// <summary>The hero cards sent.</summary>
    public IReadOnlyList<HeroCard> HeroCards => [.. Messages.SelectMany(CardsOf)];

    /// <summary>The titles of every button: suggested actions and card buttons.</summary>
    public IReadOnlyList<string> Buttons => [.. Messages.SelectMany(message =>
        (message.SuggestedActions?.Actions ?? []).Concat(CardsOf(message).SelectMany(card => card.Buttons ?? [])).Select(action => action.Title))];

    /// <summary>The card buttons that open a URL (tap-to-call buttons).</summary>
    public IReadOnlyList<CardAction> LinkButtons => [.. HeroCards.SelectMany(card => card.Buttons ?? []).Where(button => button.Type == ActionTypes.OpenUrl)];

    /// <summary>The event activities sent.</summary>
    public IReadOnlyList<IEventActivity> Events => [.. Activities.OfType<IEventActivity>().Where(a => a.Type == ActivityTypes.Event)];

    /// <summary>The first message's text.</summary>
    public string First => Texts.Count > 0 ? Texts[0] : string.Empty;

    /// <summary>The last message's text (usually the question asked).</summary>
    public string Last => Texts.Count > 0 ? Texts[^1] : string.Empty;

    public bool Says(string text) => AllText.Contains(text, StringComparison.Ordinal);

    public static string VisibleText(IMessageActivity message)
    {
        var parts = new List<string?> { message.Text };
        foreach (var card in CardsOf(message))
        {
            parts.Add(card.Title);
            parts.Add(card.Subtitle);
            parts.Add(card.Text);
        }

        return string.Join("\n", parts.Where(part => !string.IsNullOrEmpty(part)));
    }

    public static IEnumerable<HeroCard> CardsOf(IMessageActivity message) =>
        (message.Attachments ?? [])
            .Where(attachment => attachment.ContentType == HeroCard.ContentType)
            .Select(attachment => attachment.Content as HeroCard ?? JObject.FromObject(attachment.Content).ToObject<HeroCard>()!);
}
