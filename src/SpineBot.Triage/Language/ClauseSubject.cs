namespace SpineBot.Triage.Language;

/// <summary>Who a clause (or a phrase in it) is about.</summary>
public enum ClauseSubject
{
    /// <summary>The runner ("I", "my legs", or no one named).</summary>
    Runner,

    /// <summary>Someone else ("my sister", "my running buddy", "she").</summary>
    SomeoneElse,
}
