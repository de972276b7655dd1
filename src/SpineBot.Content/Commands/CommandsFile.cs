using SpineBot.Content.Loading;

namespace SpineBot.Content.Commands;

/// <summary>Reads commands.json.</summary>
internal static class CommandsFile
{
    public const string Name = "commands.json";

    private static readonly (string Field, GlobalCommand Command)[] Fields =
    [
        ("help", GlobalCommand.Help),
        ("cancel", GlobalCommand.Cancel),
        ("startOver", GlobalCommand.StartOver),
        ("talkToClinic", GlobalCommand.TalkToClinic),
        ("whatDoYouKnow", GlobalCommand.WhatDoYouKnow),
        ("forgetMe", GlobalCommand.ForgetMe),
        ("privacy", GlobalCommand.Privacy),
    ];

    public static CommandWords Read(JsonSection root)
    {
        var phrases = new Dictionary<GlobalCommand, CommandPhrases>();
        foreach (var (field, command) in Fields)
        {
            if (root.Section(field, $"command '{field}'") is not { } section)
            {
                continue;
            }

            var exact = section.Strings("exact", required: false);
            var contains = section.Strings("contains", required: false);
            if (exact.Count + contains.Count == 0)
            {
                section.Problem("the command needs at least one phrase in 'exact' or 'contains'");
            }

            phrases[command] = new CommandPhrases(exact, contains);
        }

        return new CommandWords(phrases, root.Strings("ignoredWords", required: false));
    }
}
