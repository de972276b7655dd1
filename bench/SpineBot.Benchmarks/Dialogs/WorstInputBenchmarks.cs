using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Bot.Builder;
using SpineBot.Benchmarks.Infrastructure;
using SpineBot.Dialogs;
using SpineBot.Dialogs.Choices;

namespace SpineBot.Benchmarks.Dialogs;

/// <summary>
/// The worst reply found (issue 15): 20,000 characters of number words ("twenty one hundred and ..."), which before the
/// recognizer caps ran for more than 20 minutes at a number question and 0.33 s per 460 characters at a choice.
/// One operation is the reply recognised at a choice, or a whole turn at the number question (state in memory).
/// </summary>
[MemoryDiagnoser]
public class WorstInputBenchmarks
{
    private const int Length = 20_000;

    private static readonly string NumberWords = Repeat("twenty one hundred and ");

    // The dialogs read a message's first 4,000 characters (the red-flag screen reads 20,000).
    private static readonly string NumberWordsAsRead = NumberWords[..4_000];

    private readonly DiscardingAdapter _adapter = new();
    private JsonStringStorage _memory = null!;
    private Dialog _intake = null!;
    private IList<Choice> _surfaces = null!;
    private int _conversation;

    [GlobalSetup]
    public void Setup()
    {
        _memory = new JsonStringStorage();
        _intake = new IntakeDialog(ClinicContentFolder.Content);
        _surfaces = ClinicContentFolder.Content.ChoiceSets["surface"].Choices
            .Select(choice => new Choice(choice.Title) { Synonyms = [.. choice.Synonyms] })
            .ToList();
    }

    [Benchmark(Description = "Choice: 20,000 characters of number words")]
    public FoundChoice? ChoiceWorstCase() => ChoiceRecognizer.Recognize(NumberWords, _surfaces);

    [Benchmark(Description = "Choice: 4,000 characters of number words (what the dialogs read of a message)")]
    public FoundChoice? ChoiceWorstCaseAsRead() => ChoiceRecognizer.Recognize(NumberWordsAsRead, _surfaces);

    [Benchmark(Description = "Number question turn: 20,000 characters of number words (after two normal turns)")]
    public async Task<DialogTurnStatus> NumberTurnWorstCaseAsync()
    {
        var conversationState = new ConversationState(_memory);
        var dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));
        var conversationId = "worst-" + Interlocked.Increment(ref _conversation).ToString(CultureInfo.InvariantCulture);
        var status = DialogTurnStatus.Empty;
        foreach (var answer in new[] { "my back hurts after running", "lower back", NumberWords })
        {
            using var turn = new TurnContext(_adapter, IntakeMessages.Message(conversationId, answer));
            await conversationState.LoadAsync(turn);
            status = (await _intake.RunAsync(turn, dialogState)).Status;
            await conversationState.SaveChangesAsync(turn);
        }

        _memory.Clear();
        return status == DialogTurnStatus.Waiting ? status : throw new InvalidOperationException($"The number question ended {status}.");
    }

    private static string Repeat(string clause)
        => string.Concat(Enumerable.Repeat(clause, (Length / clause.Length) + 1))[..Length];
}
