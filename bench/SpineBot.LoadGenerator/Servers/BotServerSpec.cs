namespace SpineBot.LoadGenerator.Servers;

/// <summary>
/// How to start one of the compared bots on a loopback port: the program, its arguments (<c>{port}</c> is replaced),
/// its working folder and environment (<c>{dataDir}</c> is replaced by a fresh folder for its SQLite file).
/// </summary>
/// <param name="Name">The name in the report ("SpineBot", "Echo floor", "JS peer").</param>
/// <param name="Description">What it is and which storage it uses, for the report.</param>
/// <param name="FileName">The program to start (dotnet, node).</param>
/// <param name="Arguments">Its arguments.</param>
/// <param name="WorkingDirectory">Where it starts.</param>
/// <param name="Environment">Extra environment variables.</param>
/// <param name="DatabaseFile">The SQLite file it keeps state in, inside its data folder (null: not measurable).</param>
/// <param name="SupportsDirectLine">Whether it serves the embedded Direct Line.</param>
internal sealed record BotServerSpec(
    string Name,
    string Description,
    string FileName,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment,
    string? DatabaseFile,
    bool SupportsDirectLine);
