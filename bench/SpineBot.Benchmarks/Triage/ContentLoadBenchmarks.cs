using BenchmarkDotNet.Attributes;
using SpineBot.Benchmarks.Infrastructure;
using SpineBot.Content;
using SpineBot.Content.Loading;

namespace SpineBot.Benchmarks.Triage;

/// <summary>
/// Part of every cold start: loading and validating the clinic's content, which builds the red-flag and story
/// rules (their regular expressions included).
/// </summary>
public class ContentLoadBenchmarks
{
    private string _dialogs = null!;

    [GlobalSetup]
    public void Setup() => _dialogs = ClinicContentFolder.DialogsPath;

    [Benchmark(Description = "Content: load and validate dialogs/en")]
    public ClinicContent Load() => ContentLoader.Load(_dialogs);
}
