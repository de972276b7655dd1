namespace SpineBot.Storage.Transcripts;

/// <summary>
/// What the transcript logger remembers about one conversation so that later lines stay redacted: the names given
/// so far, and whether the bot has just asked for a name.
/// </summary>
internal sealed class ConversationNames
{
    private const int MaxNames = 32;

    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    public ConversationNames(DateTimeOffset now)
    {
        LastSeen = now;
    }

    public DateTimeOffset LastSeen { get; set; }

    /// <summary>True after the bot asked for a name, until the runner's next message.</summary>
    public bool AwaitingName { get; set; }

    public IReadOnlyCollection<string> Names => _names;

    public void Add(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            Add(name);
        }
    }

    public void Add(string? name)
    {
        var trimmed = name?.Trim();
        if (!string.IsNullOrEmpty(trimmed) && _names.Count < MaxNames)
        {
            _names.Add(trimmed);
            foreach (var word in trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (word.Length > 1 && _names.Count < MaxNames)
                {
                    _names.Add(word);
                }
            }
        }
    }
}
