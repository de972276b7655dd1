namespace SpineBot.Triage.Language;

/// <summary>When what a clause says happens.</summary>
public enum ClauseTime
{
    /// <summary>Now or recently (the default).</summary>
    Now,

    /// <summary>Long ago or over with ("last year", "used to", "had a fever last month, fine now").</summary>
    ResolvedPast,
}
