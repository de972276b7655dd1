using SpineBot.Content.Loading;

namespace SpineBot.Content.Commands;

/// <summary>Checks commands.json.</summary>
internal static class CommandsFile
{
    public const string Name = "commands.json";

    public static CommandWords Read(CommandsJson json, ContentEntry root)
    {
        (string Field, GlobalCommand Command, CommandPhrasesJson? Phrases)[] fields =
        [
            ("help", GlobalCommand.Help, json.Help),
            ("cancel", GlobalCommand.Cancel, json.Cancel),
            ("startOver", GlobalCommand.StartOver, json.StartOver),
            ("talkToClinic", GlobalCommand.TalkToClinic, json.TalkToClinic),
            ("whatDoYouKnow", GlobalCommand.WhatDoYouKnow, json.WhatDoYouKnow),
            ("forgetMe", GlobalCommand.ForgetMe, json.ForgetMe),
            ("privacy", GlobalCommand.Privacy, json.Privacy),
        ];
        var phrases = new Dictionary<GlobalCommand, CommandPhrases>();
        foreach (var (field, command, words) in fields)
        {
            if (root.Section(words, field, $"command '{field}'") is not { } section)
            {
                continue;
            }

            var exact = section.Strings(words!.Exact, "exact", required: false);
            var contains = section.Strings(words.Contains, "contains", required: false);
            if (exact.Count + contains.Count == 0)
            {
                section.Problem("the command needs at least one phrase in 'exact' or 'contains'");
            }

            phrases[command] = new CommandPhrases(exact, contains);
        }

        return new CommandWords(phrases, root.Strings(json.IgnoredWords, "ignoredWords", required: false));
    }
}
