using System.ComponentModel;

namespace SpineBot.Content.Commands;

/// <summary>The phrases of one command in commands.json.</summary>
[Description("The phrases of one command in commands.json.")]
internal sealed record CommandPhrasesJson
{
    [Description("Messages that are the command.")]
    public IReadOnlyList<string>? Exact { get; init; }

    [Description("Phrases that make a message the command.")]
    public IReadOnlyList<string>? Contains { get; init; }
}
