using BenchmarkDotNet.Attributes;
using Microsoft.Bot.Builder;
using SpineBot.Benchmarks.Infrastructure;
using SpineBot.Dialogs;

namespace SpineBot.Benchmarks.Dialogs;

/// <summary>
/// Where a turn's state time goes: the conversation state of an intake waiting at its second question, read from
/// JSON and written back with SpineBot's settings (type names on), as every turn does once each way.
/// </summary>
public class StateJsonBenchmarks
{
    private string _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        var storage = new JsonStringStorage();
        var conversationState = new ConversationState(storage);
        var dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));
        var intake = new IntakeDialog(ClinicContentFolder.Content);
        var adapter = new DiscardingAdapter();
        foreach (var text in new[] { "my back hurts after running", "lower back" })
        {
            using var turn = new TurnContext(adapter, IntakeMessages.Message("state-sample", text));
            conversationState.LoadAsync(turn).GetAwaiter().GetResult();
            intake.RunAsync(turn, dialogState).GetAwaiter().GetResult();
            conversationState.SaveChangesAsync(turn).GetAwaiter().GetResult();
        }

        _json = storage.JsonOf(storage.Keys.Single());
        Console.WriteLine($"// The sample state is {System.Text.Encoding.UTF8.GetByteCount(_json)} bytes of JSON.");
    }

    [Benchmark(Description = "State JSON: read and write back one conversation's state")]
    public string RoundTrip() => JsonStringStorage.Serialize(JsonStringStorage.Deserialize(_json)!);
}
