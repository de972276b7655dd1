using BenchmarkDotNet.Attributes;
using SpineBot.Benchmarks.Infrastructure;
using SpineBot.Dialogs.Choices;

namespace SpineBot.Benchmarks.Dialogs;

/// <summary>
/// Where a choice answer's time goes: a button's exact title is found at once; typed words that are no choice's
/// title fall through to the position check (the Microsoft number and ordinal recognizers) before word matching.
/// </summary>
public class ChoiceRecognitionBenchmarks
{
    private IList<Choice> _yesNo = null!;
    private IList<Choice> _surfaces = null!;

    [GlobalSetup]
    public void Setup()
    {
        var sets = ClinicContentFolder.Content.ChoiceSets;
        _yesNo = sets["yes-no"].Choices.Select(choice => new Choice(choice.Title) { Synonyms = [.. choice.Synonyms] }).ToList();
        _surfaces = sets["surface"].Choices.Select(choice => new Choice(choice.Title) { Synonyms = [.. choice.Synonyms] }).ToList();
    }

    [Benchmark(Description = "Choice: a button's title (\"No\")")]
    public FoundChoice? ButtonTitle() => ChoiceRecognizer.Recognize("No", _yesNo);

    [Benchmark(Description = "Choice: typed words (\"roads mostly\")")]
    public FoundChoice? TypedWords() => ChoiceRecognizer.Recognize("roads mostly", _surfaces);

    [Benchmark(Description = "Choice: a position (\"the second one\")")]
    public FoundChoice? Position() => ChoiceRecognizer.Recognize("the second one", _surfaces);
}
