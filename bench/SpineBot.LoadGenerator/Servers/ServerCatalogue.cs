namespace SpineBot.LoadGenerator.Servers;

/// <summary>The three compared bots, built in Release by bench/run.sh, each keeping state in its own fresh SQLite file.</summary>
internal static class ServerCatalogue
{
    public const string SpineBot = "spinebot";
    public const string EchoFloor = "echo";
    public const string JsPeer = "js";
    public const string EchoFloorSingleWriter = "echo-1w";
    public const string SpineBotManyThreads = "spinebot-mt";

    public static BotServerSpec For(string key, string repoRoot) => key switch
    {
        SpineBot => SpineBotSpec(repoRoot),
        EchoFloor => EchoFloorSpec(repoRoot),
        JsPeer => JsPeerSpec(repoRoot),
        SpineBotManyThreads => SpineBotSpec(repoRoot) with
        {
            Name = "SpineBot 64 threads",
            Description = "experiment: SpineBot with at least 64 thread-pool threads from the start (DOTNET_ThreadPool_ForceMinWorkerThreads)",
            Environment = new Dictionary<string, string>(SpineBotSpec(repoRoot).Environment, StringComparer.Ordinal) { ["DOTNET_ThreadPool_ForceMinWorkerThreads"] = "0x40" },
        },
        EchoFloorSingleWriter => EchoFloorSpec(repoRoot) with
        {
            Name = "Echo 1-writer",
            Description = "experiment: the echo floor with its state writes queued one at a time in the process (EchoFloor:SingleWriter)",
            Environment = new Dictionary<string, string>(EchoFloorSpec(repoRoot).Environment, StringComparer.Ordinal) { ["EchoFloor__SingleWriter"] = "true" },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown server."),
    };

    private static BotServerSpec SpineBotSpec(string repoRoot)
    {
        var output = Path.Combine(repoRoot, "src", "SpineBot", "bin", "Release", "net10.0");
        return new BotServerSpec(
            "SpineBot",
            "src/SpineBot (Release), SQLite storage (the default), as shipped",
            "dotnet",
            [Path.Combine(output, "SpineBot.dll"), "--urls", "http://127.0.0.1:{port}"],
            output,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["SPINEBOT_DATA_DIR"] = "{dataDir}",
                // The page-token endpoint allows 10 tokens a minute per address; every bench conversation comes from 127.0.0.1.
                ["DirectLine__TokenRequestsPerMinute"] = "100000",
                // Starting a Direct Line conversation counts as a reconnect, limited to 30 a minute per address.
                ["DirectLine__ClientRequestsPerMinute"] = "100000",
            },
            "spinebot.db",
            SupportsDirectLine: true);
    }

    private static BotServerSpec EchoFloorSpec(string repoRoot)
    {
        var output = Path.Combine(repoRoot, "bench", "SpineBot.EchoFloor", "bin", "Release", "net10.0");
        return new BotServerSpec(
            "Echo floor",
            "bench/SpineBot.EchoFloor: CloudAdapter + ConversationState saved every turn + the same SQLite IStorage, echo only",
            "dotnet",
            [Path.Combine(output, "SpineBot.EchoFloor.dll"), "--urls", "http://127.0.0.1:{port}"],
            output,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["SPINEBOT_DATA_DIR"] = "{dataDir}",
            },
            "spinebot.db",
            SupportsDirectLine: false);
    }

    private static BotServerSpec JsPeerSpec(string repoRoot)
    {
        var folder = Path.Combine(repoRoot, "bench", "js-peer");
        return new BotServerSpec(
            "JS peer",
            "bench/js-peer: botbuilder + botbuilder-dialogs 4.23.3 on Node's http, waterfall dialogs, SQLite (better-sqlite3) storage",
            "node",
            [Path.Combine(folder, "server.js")],
            folder,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["HOST"] = "127.0.0.1",
                ["PORT"] = "{port}",
                ["SPINEBOT_DATA_DIR"] = "{dataDir}",
                ["DIALOGS_DIR"] = Path.Combine(repoRoot, "dialogs", "en"),
                ["NODE_ENV"] = "production",
            },
            "js-peer.db",
            SupportsDirectLine: false);
    }
}
