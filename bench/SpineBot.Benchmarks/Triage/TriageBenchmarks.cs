using BenchmarkDotNet.Attributes;
using SpineBot.Benchmarks.Infrastructure;
using SpineBot.Triage;
using SpineBot.Triage.Causes;
using SpineBot.Triage.RedFlags;
using SpineBot.Triage.Reports;

namespace SpineBot.Benchmarks.Triage;

/// <summary>
/// The clinical rules on one runner message each: the red-flag screen (run on every message), the story reader
/// (run on every answer) and the cause scoring (run once per triage), with the real content's rules.
/// </summary>
public class TriageBenchmarks
{
    private const string Story = "My lower back aches after my runs since I went from 15 to 25 miles a week, about a 4 out of 10, for 3 days";
    private const string OrdinaryAche = "no numbness or tingling, it's just sore and stiff after my long run on Saturday";
    private const string Emergency = "since my fall yesterday I can't feel my legs and I've had trouble controlling my bladder";

    private static readonly DateOnly Today = new(2026, 11, 25);

    private TriageRules _rules = null!;
    private RunnerReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rules = ClinicContentFolder.Content.Triage;
        _report = _rules.StoryReader.Read(Story, null, Today);
    }

    [Benchmark(Description = "Red-flag screen: an ordinary ache with negations")]
    public RedFlagVerdict ScreenOrdinaryAche() => _rules.RedFlags.Screen(OrdinaryAche);

    [Benchmark(Description = "Red-flag screen: an emergency")]
    public RedFlagVerdict ScreenEmergency() => _rules.RedFlags.Screen(Emergency);

    [Benchmark(Description = "Red-flag screen: the opening story")]
    public RedFlagVerdict ScreenStory() => _rules.RedFlags.Screen(Story);

    [Benchmark(Description = "Slot filling: read the opening story")]
    public RunnerReport ReadStory() => _rules.StoryReader.Read(Story, null, Today);

    [Benchmark(Description = "Slot filling: read a short answer")]
    public RunnerReport ReadShortAnswer() => _rules.StoryReader.Read("about the same", _report, Today);

    [Benchmark(Description = "Cause scoring: rank the causes")]
    public IReadOnlyList<CauseMatch> RankCauses() => _rules.Causes.Rank(_report);
}
