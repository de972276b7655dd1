using System.Diagnostics;
using SpineBot.LoadGenerator.Drivers;
using SpineBot.LoadGenerator.Scripts;

namespace SpineBot.LoadGenerator.Load;

/// <summary>
/// Plays one script as one conversation: join, then each turn answers the question the bot's last replies asked
/// (by its id in the script's answers), or — for a bot whose questions are not recognised — sends the script's next
/// line. The conversation ends when a recognised conversation stops asking, when the lines run out, at the turn
/// limit, at the deadline, or after a failed turn. Every turn's latency and failure goes to the recorder.
/// </summary>
/// <remarks>With a <c>trace</c> callback every line of the conversation is reported, for checking a script.</remarks>
internal sealed class ConversationPlayer(PromptCatalogue prompts, TurnRecorder recorder, PlayOptions options, Action<string>? trace = null)
{
    public async Task PlayAsync(IChannelConversation conversation, TriageScript script, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(script);

        var reply = await TimedAsync(() => conversation.JoinAsync(cancellationToken));
        var nextLine = 0;
        var recognisedBefore = false;
        string? lastQuestion = null;
        var repeats = 0;
        for (var turn = 1; reply.Ok; turn++)
        {
            var question = prompts.Recognise(reply.Texts);
            foreach (var line in reply.Texts)
            {
                trace?.Invoke("  bot: " + Shorten(line));
            }

            trace?.Invoke("       (" + (question is null ? "no question recognised" : "asks " + question) + ")");
            string? text;
            if (question is not null)
            {
                recognisedBefore = true;
                repeats = question == lastQuestion ? repeats + 1 : 0;
                lastQuestion = question;
                if (repeats >= options.MaxRepeats)
                {
                    trace?.Invoke("  -- stuck: the same question again and again");
                    recorder.Stuck();
                    return;
                }

                text = script.AnswerTo(question);
            }
            else
            {
                text = recognisedBefore || nextLine >= script.Lines.Count ? null : script.Lines[nextLine++];
            }

            if (text is null && recognisedBefore && !prompts.IsClosing(reply.Texts))
            {
                trace?.Invoke("  -- stuck: the bot stopped asking without closing (a question the bench does not recognise?)");
                recorder.Stuck();
                return;
            }

            if (text is null || turn >= options.MaxTurns)
            {
                trace?.Invoke("  -- end of conversation");
                recorder.Completed(conversation.ConversationId);
                return;
            }

            if (DateTimeOffset.UtcNow >= deadline)
            {
                return;
            }

            await ThinkAsync(cancellationToken);
            trace?.Invoke("runner: " + text);
            reply = await TimedAsync(() => conversation.SayAsync(text, cancellationToken));
        }

        trace?.Invoke("  -- failed: " + reply.Error);
        recorder.Failed();
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" | ");
        return line.Length <= 160 ? line : line[..157] + "...";
    }

    private async Task<TurnReply> TimedAsync(Func<Task<TurnReply>> send)
    {
        var started = Stopwatch.GetTimestamp();
        TurnReply reply;
        try
        {
            reply = await send();
        }
        catch (HttpRequestException exception)
        {
            reply = TurnReply.Failed(exception.HttpRequestError.ToString());
        }
        catch (TaskCanceledException)
        {
            reply = TurnReply.Failed("timeout");
        }
        catch (System.Text.Json.JsonException)
        {
            reply = TurnReply.Failed("reply not JSON");
        }

        var elapsed = Stopwatch.GetTimestamp() - started;
        if (reply.Ok)
        {
            recorder.Turn(elapsed);
        }
        else
        {
            recorder.Error(reply.Error ?? "failed");
        }

        return reply;
    }

    private Task ThinkAsync(CancellationToken cancellationToken)
    {
        if (!options.Thinks)
        {
            return Task.CompletedTask;
        }

        var spread = (options.MaxThink - options.MinThink).TotalMilliseconds;
#pragma warning disable CA5394 // A pause between a simulated runner's messages needs no secure randomness.
        var pause = options.MinThink + TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * spread);
#pragma warning restore CA5394
        return Task.Delay(pause, cancellationToken);
    }
}
