using System.Text;
using SpineBot.Content;

namespace SpineBot.Resilience.Tests.Conversations;

/// <summary>
/// A conversation as it was played: what the runner said, each turn's replies, and the first problem a runner
/// would have noticed (an HTTP error, an error message, a question the script could not answer, a loop).
/// </summary>
internal sealed class PlayedConversation(string id, ClinicContent content)
{
    private readonly List<string> _said = [];
    private readonly List<BotTurn> _turns = [];

    public string Id { get; } = id;

    public IReadOnlyList<BotTurn> Turns => _turns;

    public BotTurn Last => _turns.Count > 0 ? _turns[^1] : throw new InvalidOperationException("Nothing was said yet.");

    /// <summary>The first problem, or null while all is well.</summary>
    public string? Problem { get; private set; }

    /// <summary>Whether the bot has said goodbye.</summary>
    public bool Ended => _turns.Count > 0 && Last.Says(content.Messages.Goodbye);

    /// <summary>Everything the bot said, one message per paragraph.</summary>
    public string AllText => string.Join("\n\n", _turns.Select(turn => turn.Text));

    /// <summary>The whole conversation, for failure messages.</summary>
    public string Transcript
    {
        get
        {
            var transcript = new StringBuilder().AppendLine("conversation " + Id + ":");
            for (var index = 0; index < _turns.Count; index++)
            {
                transcript.AppendLine("runner: " + _said[index]).AppendLine(_turns[index].ToString());
            }

            return transcript.ToString();
        }
    }

    /// <summary>Adds a turn; returns false when it shows a failure (which becomes the <see cref="Problem"/>).</summary>
    public bool Record(string said, BotTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        _said.Add(said);
        _turns.Add(turn);
        if (Problem is null && turn.FailureShown(content) is { } failure)
        {
            Problem = $"after \"{said}\": {failure}";
        }

        return Problem is null;
    }

    public void Fail(string problem) => Problem ??= problem;

    /// <summary>How many of the last turns in a row ended on the question <paramref name="key"/>.</summary>
    public int TimesAskedInARow(string key)
    {
        var count = 0;
        for (var index = _turns.Count - 1; index >= 0 && AskedQuestion.In(_turns[index]) == key; index--)
        {
            count++;
        }

        return count;
    }
}
