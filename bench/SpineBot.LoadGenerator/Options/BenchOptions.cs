namespace SpineBot.LoadGenerator.Options;

/// <summary>
/// The command line: <c>[--quick] [--trace] [--only spinebot,echo,js] [--repo PATH] [--doc PATH] [--no-doc] [--command TEXT]</c>.
/// </summary>
internal sealed record BenchOptions(BenchProfile Profile, IReadOnlySet<string> Servers, string RepoRoot, string? DocPath, string Command, bool Trace)
{
    public static readonly IReadOnlyList<string> AllServers = ["spinebot", "echo", "js"];

    /// <summary>Variants for profiling, run only when named with --only (see ServerCatalogue).</summary>
    public static readonly IReadOnlyList<string> Experiments = ["echo-1w", "spinebot-mt"];

    public static IEnumerable<string> Known => AllServers.Concat(Experiments);

    public const string Usage = """
        SpineBot.LoadGenerator: the side-by-side performance run (see docs/performance.md). Normally started by bench/run.sh.
          --quick              the 1-minute smoke profile instead of the full one
          --trace              play each script once against each bot and print the conversations (no load)
          --only LIST          comma-separated subset of: spinebot, echo, js (and the experiments echo-1w, spinebot-mt)
          --repo PATH          the repository root (default: found from the current folder)
          --doc PATH           where to write the results table (default: docs/performance.md)
          --no-doc             print the table only
          --command TEXT       the command to quote in the document (default: bench/run.sh)
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var profile = BenchProfile.Full;
        var servers = new HashSet<string>(AllServers, StringComparer.OrdinalIgnoreCase);
        string? repo = null;
        string? doc = null;
        var writeDoc = true;
        var command = "bench/run.sh";
        var trace = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    profile = BenchProfile.Quick;
                    break;
                case "--trace":
                    trace = true;
                    break;
                case "--only":
                    servers = new HashSet<string>(Value(args, ref i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
                    if (servers.Except(Known, StringComparer.OrdinalIgnoreCase).Any() || servers.Count == 0)
                    {
                        throw new ArgumentException("--only takes spinebot, echo, js, echo-1w and/or spinebot-mt.");
                    }

                    break;
                case "--repo":
                    repo = Value(args, ref i);
                    break;
                case "--doc":
                    doc = Value(args, ref i);
                    break;
                case "--no-doc":
                    writeDoc = false;
                    break;
                case "--command":
                    command = Value(args, ref i);
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        var root = Path.GetFullPath(repo ?? FindRepoRoot(Directory.GetCurrentDirectory()));
        var docPath = writeDoc ? Path.GetFullPath(doc ?? Path.Combine(root, "docs", "performance.md")) : null;
        return new BenchOptions(profile, servers, root, trace ? null : docPath, command, trace);
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");

    private static string FindRepoRoot(string from)
    {
        for (var folder = new DirectoryInfo(from); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SpineBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new ArgumentException("Run from inside the repository, or pass --repo.");
    }
}
