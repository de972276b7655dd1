using SpineBot.Content.Loading;
using System.ComponentModel;

namespace SpineBot.Content.Commands;

/// <summary>commands.json: the words of the global commands.</summary>
[Description("commands.json: the words of the global commands.")]
internal sealed record CommandsJson : ContentFileJson
{
    public CommandPhrasesJson? Help { get; init; }

    public CommandPhrasesJson? Cancel { get; init; }

    public CommandPhrasesJson? StartOver { get; init; }

    public CommandPhrasesJson? TalkToClinic { get; init; }

    public CommandPhrasesJson? WhatDoYouKnow { get; init; }

    public CommandPhrasesJson? ForgetMe { get; init; }

    public CommandPhrasesJson? Privacy { get; init; }

    [Description("Words ignored around a command (\"please\").")]
    public IReadOnlyList<string>? IgnoredWords { get; init; }
}
