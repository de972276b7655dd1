using System.Diagnostics;
using SpineBot.Deployment.Tests.Templates;

namespace SpineBot.Deployment.Tests.Teams;

/// <summary>Runs deploymentTemplates/teams/package.sh in a throw-away copy of the teams folder.</summary>
internal sealed class TeamsPackageScript : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    public TeamsPackageScript()
    {
        WorkFolder = Directory.CreateTempSubdirectory("spinebot-teams-").FullName;
        foreach (var file in Directory.EnumerateFiles(RepositoryFolders.Teams))
        {
            if (!file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                File.Copy(file, Path.Combine(WorkFolder, Path.GetFileName(file)));
            }
        }
    }

    /// <summary>The copy of the teams folder the script runs in.</summary>
    public string WorkFolder { get; }

    /// <summary>Where the script writes the package when no --out is given.</summary>
    public string DefaultPackagePath => Path.Combine(WorkFolder, "spinebot-teams.zip");

    public (int ExitCode, string Output, string Error) Run(params string[] arguments) =>
        RunWithEnvironment(new Dictionary<string, string>(), arguments);

    public (int ExitCode, string Output, string Error) RunWithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = WorkFolder,
        };
        start.ArgumentList.Add(Path.Combine(WorkFolder, "package.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in new[] { "MICROSOFT_APP_ID", "WEBSITE_URL", "BOT_DOMAIN", "PRIVACY_URL", "TERMS_URL", "TEAMS_PACKAGE_OUT" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"package.sh did not finish within {Timeout}.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    public void Dispose() => Directory.Delete(WorkFolder, recursive: true);
}
