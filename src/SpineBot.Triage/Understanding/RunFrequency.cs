namespace SpineBot.Triage.Understanding;

/// <summary>How often, from a short reply ("every time, esp. long runs", "sometimes", "never").</summary>
public enum RunFrequency
{
    /// <summary>"always", "every time", "every run".</summary>
    Always,

    /// <summary>"usually", "most runs", "a lot".</summary>
    Often,

    /// <summary>"sometimes", "now and then", "depends".</summary>
    Sometimes,

    /// <summary>"rarely", "hardly ever".</summary>
    Rarely,

    /// <summary>"never", "not once".</summary>
    Never,
}
