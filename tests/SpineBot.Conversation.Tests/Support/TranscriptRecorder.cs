using System.Text;
using Microsoft.Bot.Schema;

namespace SpineBot.Conversation.Tests.Support;

/// <summary>Writes a conversation down as Markdown, the way the runner sees it, for docs/conversation.md.</summary>
internal sealed class TranscriptRecorder
{
    private readonly StringBuilder _text = new();

    public void Runner(string text) => _text.Append("> **Runner:** ").Append(text).Append("\n\n");

    public void Bot(IEnumerable<IActivity> replies)
    {
        foreach (var reply in replies)
        {
            if (reply is IEventActivity { Type: ActivityTypes.Event } handoff)
            {
                _text.Append("*(event `").Append(handoff.Name).Append("` sent with the triage summary)*\n\n");
                continue;
            }

            if (reply is not IMessageActivity { Type: ActivityTypes.Message } message)
            {
                continue;
            }

            var lines = Replies.VisibleText(message).Split('\n');
            _text.Append("**SpineBot:** ").Append(lines[0]).Append('\n');
            foreach (var line in lines.Skip(1))
            {
                _text.Append(line).Append('\n');
            }

            var buttons = (message.SuggestedActions?.Actions ?? [])
                .Concat(Replies.CardsOf(message).SelectMany(card => card.Buttons ?? []))
                .Select(action => action.Type == ActionTypes.OpenUrl ? $"[{action.Title}]({action.Value})" : $"`{action.Title}`")
                .ToList();
            if (buttons.Count > 0)
            {
                _text.Append("\nButtons: ").Append(string.Join(" · ", buttons)).Append('\n');
            }

            _text.Append('\n');
        }
    }

    public override string ToString() => _text.ToString().TrimEnd() + "\n";
}
