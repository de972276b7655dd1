namespace SpineBot.Dialogs.Tests.Waterfall;

/// <summary>A plain options object passed to a waterfall, as the conversation layer would.</summary>
internal sealed class RunOptions
{
    public string Name { get; set; } = string.Empty;

    public int Miles { get; set; }

    public List<string> Areas { get; set; } = [];
}
