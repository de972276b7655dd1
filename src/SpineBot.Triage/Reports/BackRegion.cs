namespace SpineBot.Triage.Reports;

/// <summary>Where in the back the runner feels the pain.</summary>
public enum BackRegion
{
    /// <summary>Lower back (lumbar area, around the belt line).</summary>
    Lower,

    /// <summary>Middle back.</summary>
    Middle,

    /// <summary>Upper back, between or around the shoulder blades.</summary>
    Upper,
}
