namespace SpineBot.Dialogs.Choices;

/// <summary>The choice a user's reply was recognised as.</summary>
public sealed class FoundChoice
{
    /// <summary>Gets or sets the picked choice's <see cref="Choice.Value"/>.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>Gets or sets the picked choice's zero-based position in the list.</summary>
    public int Index { get; set; }

    /// <summary>Gets or sets how well the reply matched, from 0 (barely) to 1 (exactly).</summary>
    public float Score { get; set; }

    /// <summary>Gets or sets the value or synonym the reply matched, if it matched words rather than a position.</summary>
    public string? Synonym { get; set; }
}
