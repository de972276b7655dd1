using SpineBot.Content.Questions;
using SpineBot.Dialogs.Choices;

namespace SpineBot.Conversation.Questions;

/// <summary>Which answer of a set the runner picked: by its words first, else by what the choice prompt recognised.</summary>
internal static class ChosenAnswer
{
    /// <summary>
    /// The answer whose title or synonym <paramref name="text"/> says, else the one at the position the prompt recognised
    /// (a <see cref="FoundChoice"/> inside the set), else <c>null</c>.
    /// </summary>
    public static Content.Questions.Choice? From(ChoiceSet? set, string? text, object? recognized)
    {
        if (set is null)
        {
            return null;
        }

        return set.Find(text)
            ?? (recognized is FoundChoice found && found.Index >= 0 && found.Index < set.Choices.Count ? set.Choices[found.Index] : null);
    }
}
