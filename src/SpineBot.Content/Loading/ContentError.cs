namespace SpineBot.Content.Loading;

/// <summary>One problem found in the content files.</summary>
/// <param name="File">The file, as a path under the repository (e.g. "dialogs/en/causes.json").</param>
/// <param name="Entry">The entry in the file (e.g. "cause 'weak-core'").</param>
/// <param name="Problem">What is wrong (e.g. "field 'selfCare' is missing or empty").</param>
public sealed record ContentError(string File, string Entry, string Problem)
{
    /// <summary>The error as one line: "file: entry: problem".</summary>
    public override string ToString() => $"{File}: {Entry}: {Problem}";
}
