using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace SpineBot.Benchmarks.Infrastructure;

/// <summary>
/// BenchmarkDotNet's defaults with a short job (1 launch, 3 warm-up and 5 measured iterations) and allocations per
/// operation, so that the whole suite finishes in a few minutes on the 2-core machine; with noisy neighbours longer
/// runs are no more exact.
/// </summary>
internal static class ShortJobConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(5).WithLaunchCount(1).AsDefault())
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithOptions(ConfigOptions.JoinSummary);
}
