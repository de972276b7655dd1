using System.Globalization;
using System.Net;
using System.Text.Json;
using SpineBot.LoadGenerator.Options;
using SpineBot.LoadGenerator.Report;
using SpineBot.LoadGenerator.Run;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException problem)
{
    Console.Error.WriteLine(problem.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, cancel) =>
{
    cancel.Cancel = true;
    stop.Cancel();
};

// Loopback only: every bot is started by this process on 127.0.0.1; enough pooled connections for 200+ runners.
using var handler = new SocketsHttpHandler
{
    MaxConnectionsPerServer = 1024,
    UseProxy = false,
    UseCookies = false,
    AutomaticDecompression = DecompressionMethods.None,
    ConnectTimeout = TimeSpan.FromSeconds(5),
    PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
};
using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };

var bench = new BenchRun(options, http, Console.Out);
if (options.Trace)
{
    await bench.TraceAsync(stop.Token);
    return 0;
}

var results = await bench.RunAsync(stop.Token);
var markdown = ResultsMarkdown.Write(results);
Console.WriteLine();
Console.WriteLine(markdown);

var folder = Path.Combine(options.RepoRoot, "bench", "results");
Directory.CreateDirectory(folder);
var stamp = results.Started.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
await File.WriteAllTextAsync(Path.Combine(folder, $"{stamp}-{results.Profile.Name}.md"), markdown);
await File.WriteAllTextAsync(
    Path.Combine(folder, $"{stamp}-{results.Profile.Name}.json"),
    JsonSerializer.Serialize(results, ResultsJson.Options));
if (options.DocPath is not null)
{
    PerformanceDocument.WriteResults(options.DocPath, markdown);
    Console.WriteLine($"Results written to {options.DocPath}");
}

return 0;
