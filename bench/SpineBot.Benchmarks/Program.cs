using BenchmarkDotNet.Running;
using SpineBot.Benchmarks.Infrastructure;

// dotnet run -c Release --project bench/SpineBot.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(ShortJobConfig).Assembly).Run(args, ShortJobConfig.Create());
