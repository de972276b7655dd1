namespace SpineBot.Triage.Reports;

/// <summary>How often the runner trains their core (abs, glutes, hamstrings, obliques) between runs.</summary>
public enum CoreTrainingFrequency
{
    /// <summary>Never.</summary>
    Never,

    /// <summary>Rarely, now and then.</summary>
    Rarely,

    /// <summary>About once a week.</summary>
    Weekly,

    /// <summary>Twice a week or more.</summary>
    SeveralTimesAWeek,
}
