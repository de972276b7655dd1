using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using SpineBot.Tests.Hosting;

namespace SpineBot.Tests.Telemetry;

public sealed class ConversationMetricsTests : IDisposable
{
    private readonly BotApplicationFactory _factory = new();

    [Fact]
    public async Task Turns_red_flag_hits_and_handoffs_are_counted_with_ids_not_words()
    {
        using var client = _factory.CreateClient();
        var meters = _factory.Services.GetRequiredService<IMeterFactory>();
        using var turns = new MetricCollector<long>(meters, "SpineBot", "spinebot.turns");
        using var latency = new MetricCollector<double>(meters, "SpineBot", "spinebot.turn.duration");
        using var redFlags = new MetricCollector<long>(meters, "SpineBot", "spinebot.red_flags");
        using var handoffs = new MetricCollector<long>(meters, "SpineBot", "spinebot.handoffs");

        await client.PostForRepliesAsync(ActivityBuilder.Message("my lower back hurts after running", "metrics-1"));
        await client.PostForRepliesAsync(ActivityBuilder.Message("talk to the clinic", "metrics-1"));
        await client.PostForRepliesAsync(ActivityBuilder.Message("I have a fever and can't control my bladder", "metrics-2"));

        Assert.Equal(3, turns.GetMeasurementSnapshot().Sum(measurement => measurement.Value));
        Assert.Equal(3, latency.GetMeasurementSnapshot().Count);
        Assert.All(turns.GetMeasurementSnapshot(), measurement => Assert.Equal("emulator", measurement.Tags["channel"]));
        var flags = redFlags.GetMeasurementSnapshot().Select(measurement => (string?)measurement.Tags["flag"]).ToList();
        Assert.Contains("fever", flags);
        Assert.Contains("bladder-bowel-control", flags);
        Assert.NotEmpty(handoffs.GetMeasurementSnapshot());
    }

    public void Dispose() => _factory.Dispose();
}
