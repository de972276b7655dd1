using SpineBot.LoadGenerator.Options;

namespace SpineBot.LoadGenerator.Run;

/// <summary>One whole bench run: when, where, with what, and the figures of each bot.</summary>
internal sealed class BenchResults(DateTimeOffset started, BenchProfile profile, string machine, string command, string revision)
{
    public DateTimeOffset Started { get; } = started;

    public BenchProfile Profile { get; } = profile;

    public string Machine { get; } = machine;

    public string Command { get; } = command;

    public string Revision { get; } = revision;

    /// <summary>True when SpineBot still answered with the host's interim echo bot, not the triage conversation.</summary>
    public bool InterimEchoBot { get; set; }

    public TimeSpan Duration { get; set; }

    public List<ServerFigures> Servers { get; } = [];

    public ServerFigures? Find(string key) => Servers.Find(server => server.Key == key);
}
