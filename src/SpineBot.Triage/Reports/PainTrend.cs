namespace SpineBot.Triage.Reports;

/// <summary>How the pain has been changing.</summary>
public enum PainTrend
{
    /// <summary>Getting better.</summary>
    Better,

    /// <summary>Getting worse.</summary>
    Worse,

    /// <summary>About the same, or not improving.</summary>
    Same,
}
