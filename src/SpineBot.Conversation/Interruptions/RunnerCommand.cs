using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SpineBot.Content.Commands;

namespace SpineBot.Conversation.Interruptions;

/// <summary>The command a message gives ("help", "start over"...), recognised once per turn for every interruption.</summary>
internal static class RunnerCommand
{
    private const string Key = "SpineBot.RunnerCommand";

    public static GlobalCommand In(ITurnContext turnContext, CommandWords commands)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(commands);
        if (turnContext.TurnState.Get<object>(Key) is GlobalCommand known)
        {
            return known;
        }

        var command = turnContext.Activity?.Type == ActivityTypes.Message
            ? commands.Recognize(turnContext.Activity.Text)
            : GlobalCommand.None;
        turnContext.TurnState[Key] = command;
        return command;
    }
}
