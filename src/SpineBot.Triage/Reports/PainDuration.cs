namespace SpineBot.Triage.Reports;

/// <summary>
/// How long the pain has lasted: an amount in a unit ("3 days", "two weeks") and the short phrase the runner used
/// ("since Saturday"), kept so the bot can say it back.
/// </summary>
public sealed record PainDuration
{
    /// <summary>The amount, in <see cref="Unit"/>.</summary>
    public double Value { get; init; }

    /// <summary>The unit of <see cref="Value"/>.</summary>
    public DurationUnit Unit { get; init; }

    /// <summary>The short phrase the runner used, e.g. "3 days" or "since Saturday".</summary>
    public string Phrase { get; init; } = string.Empty;

    /// <summary>Creates a duration from a number of days.</summary>
    public static PainDuration FromDays(double days, string phrase) =>
        new() { Value = days, Unit = DurationUnit.Days, Phrase = phrase ?? string.Empty };

    /// <summary>The duration in days (a month counts as 30 days, a year as 365).</summary>
    public double ToDays() => Unit switch
    {
        DurationUnit.Hours => Value / 24d,
        DurationUnit.Days => Value,
        DurationUnit.Weeks => Value * 7d,
        DurationUnit.Months => Value * 30d,
        DurationUnit.Years => Value * 365d,
        _ => Value,
    };
}
