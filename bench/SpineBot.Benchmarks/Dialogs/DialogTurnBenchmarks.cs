using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Bot.Builder;
using SpineBot.Benchmarks.Infrastructure;
using SpineBot.Dialogs;
using SpineBot.Storage.Sqlite;

namespace SpineBot.Benchmarks.Dialogs;

/// <summary>
/// Dialog turns as the bot runs them: load the conversation's state from storage, continue (or begin) the dialog
/// with the runner's message, save the state. One operation is one turn (a four-turn intake per invocation: the
/// opening message, then a choice, a number and a yes/no answer), with state as JSON in memory or in SQLite.
/// </summary>
[MemoryDiagnoser]
public class DialogTurnBenchmarks
{
    private const int TurnsPerIntake = 4;

    private static readonly string[] Answers = ["my back hurts after running", "lower back", "4", "no"];

    private readonly DiscardingAdapter _adapter = new();
    private JsonStringStorage _memory = null!;
    private SqliteStorage _sqlite = null!;
    private string _sqliteFolder = null!;
    private Dialog _intake = null!;
    private int _conversation;

    [GlobalSetup]
    public void Setup()
    {
        _memory = new JsonStringStorage();
        _sqliteFolder = Path.Combine(Path.GetTempPath(), "spinebot-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_sqliteFolder);
        _sqlite = new SqliteStorage(Path.Combine(_sqliteFolder, "state.db"));
        _intake = new IntakeDialog(ClinicContentFolder.Content);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_sqliteFolder, recursive: true);
    }

    [Benchmark(Description = "Dialog turn, state as JSON in memory", OperationsPerInvoke = TurnsPerIntake)]
    public async Task<DialogTurnStatus> TurnWithJsonStateAsync()
    {
        var status = await PlayIntakeAsync(_memory);
        _memory.Clear();
        return status;
    }

    [Benchmark(Description = "Dialog turn, state in SpineBot's SQLite store", OperationsPerInvoke = TurnsPerIntake)]
    public Task<DialogTurnStatus> TurnWithSqliteStateAsync() => PlayIntakeAsync(_sqlite);

    private async Task<DialogTurnStatus> PlayIntakeAsync(IStorage storage)
    {
        var conversationState = new ConversationState(storage);
        var dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));
        var conversationId = "bench-" + Interlocked.Increment(ref _conversation).ToString(CultureInfo.InvariantCulture);
        var status = DialogTurnStatus.Empty;
        foreach (var answer in Answers)
        {
            using var turn = new TurnContext(_adapter, IntakeMessages.Message(conversationId, answer));
            await conversationState.LoadAsync(turn);
            status = (await _intake.RunAsync(turn, dialogState)).Status;
            await conversationState.SaveChangesAsync(turn);
        }

        return status == DialogTurnStatus.Complete ? status : throw new InvalidOperationException($"The intake ended {status}.");
    }
}
