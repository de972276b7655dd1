namespace SpineBot.Triage.Reports;

/// <summary>Which side of the back hurts.</summary>
public enum PainSide
{
    /// <summary>Left side.</summary>
    Left,

    /// <summary>Right side.</summary>
    Right,

    /// <summary>Both sides.</summary>
    Both,

    /// <summary>In the centre, along the spine.</summary>
    Central,
}
