namespace SpineBot.Dialogs;

/// <summary>
/// One entry on a dialog stack: the id of the running dialog and its persisted state.
/// The state must hold plain JSON-serialisable data only; after a round trip through storage
/// nested objects come back as JObject/JArray and numbers as long/double.
/// </summary>
public sealed class DialogInstance
{
    private IDictionary<string, object?> _state = new Dictionary<string, object?>();

    /// <summary>Gets or sets the id of the dialog this instance runs.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the dialog's persisted state (never null: a null from storage becomes empty).</summary>
    public IDictionary<string, object?> State
    {
        get => _state;
        set => _state = value ?? new Dictionary<string, object?>();
    }
}
