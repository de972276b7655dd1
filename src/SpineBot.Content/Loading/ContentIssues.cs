namespace SpineBot.Content.Loading;

/// <summary>Collects every problem found while loading, so the author sees them all at once.</summary>
internal sealed class ContentIssues
{
    private readonly List<ContentError> _errors = [];

    public IReadOnlyList<ContentError> Errors => _errors;

    public bool Any => _errors.Count > 0;

    public void Add(string file, string entry, string problem) => _errors.Add(new ContentError(file, entry, problem));
}
