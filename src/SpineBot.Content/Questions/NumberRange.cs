namespace SpineBot.Content.Questions;

/// <summary>The whole numbers a number question accepts.</summary>
/// <param name="Minimum">Lowest accepted answer.</param>
/// <param name="Maximum">Highest accepted answer.</param>
public sealed record NumberRange(int Minimum, int Maximum)
{
    /// <summary>Whether <paramref name="value"/> is in range.</summary>
    public bool Contains(int value) => value >= Minimum && value <= Maximum;
}
