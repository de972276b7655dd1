using Microsoft.Bot.Schema;

namespace SpineBot.Dialogs.Choices;

/// <summary>One option offered by a choice prompt: the value returned, an optional button, and other words for it.</summary>
public sealed class Choice
{
    /// <summary>Initializes a new instance of the <see cref="Choice"/> class.</summary>
    public Choice()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Choice"/> class.</summary>
    /// <param name="value">The value returned when chosen, also the button title.</param>
    public Choice(string value)
    {
        Value = value;
    }

    /// <summary>Gets or sets the value returned when the choice is picked; also the default button title.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>Gets or sets the button to show instead of an imBack button titled <see cref="Value"/>.</summary>
    public CardAction? Action { get; set; }

    /// <summary>Gets or sets other words or phrases the user may type for this choice.</summary>
#pragma warning disable CA2227 // Plain serialisable data.
    public IList<string>? Synonyms { get; set; }
#pragma warning restore CA2227
}
