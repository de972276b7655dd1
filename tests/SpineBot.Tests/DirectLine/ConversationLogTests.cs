using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using SpineBot.DirectLine.Conversations;

namespace SpineBot.Tests.DirectLine;

public sealed class ConversationLogTests
{
    [Fact]
    public void Each_activity_gets_the_next_id_and_a_reader_sees_only_what_came_after_its_watermark()
    {
        var log = new ConversationLog("conv", capacity: 100);

        var ids = log.Append([Text("a"), Text("b")]);
        var first = log.Read(0, includeTyping: false);
        log.Append([Text("c")]);
        var next = log.Read(first.Watermark, includeTyping: false);

        Assert.Equal(["conv|0000000", "conv|0000001"], ids);
        Assert.Equal(2, first.Watermark);
        var only = Assert.Single(next.Activities);
        Assert.Equal("c", (string?)JsonNode.Parse(only)!["text"]);
        Assert.Equal(3, next.Watermark);
    }

    [Fact]
    public void Large_activities_push_out_the_oldest_so_memory_stays_bounded()
    {
        var log = new ConversationLog("conv", capacity: 500);
        var large = new string('x', 300 * 1024);

        for (var i = 0; i < 20; i++)
        {
            log.Append([Text(large)]);
        }

        var kept = log.Read(0, includeTyping: false);
        Assert.InRange(kept.Activities.Sum(activity => activity.Length), 1, ConversationLog.MaxChars);
        Assert.InRange(kept.Activities.Count, 1, 7);
        Assert.Equal(20, kept.Watermark);
    }

    [Fact]
    public async Task A_waiting_stream_wakes_when_something_new_is_appended()
    {
        var log = new ConversationLog("conv", capacity: 10);
        log.Append([Text("seen")]);

        var waiting = log.WaitForMoreAsync(1);
        var before = waiting.IsCompleted;
        log.Append([Text("new")]);

        Assert.False(before);
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(log.WaitForMoreAsync(0).IsCompleted);
    }

    private static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
