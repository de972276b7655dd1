namespace SpineBot.Triage.Reports;

/// <summary>The unit a runner used to say how long the pain has lasted.</summary>
public enum DurationUnit
{
    /// <summary>Hours.</summary>
    Hours,

    /// <summary>Days.</summary>
    Days,

    /// <summary>Weeks.</summary>
    Weeks,

    /// <summary>Months.</summary>
    Months,

    /// <summary>Years.</summary>
    Years,
}
