using System.Diagnostics;

namespace SpineBot.Storage.Tests.Azurite;

/// <summary>
/// Finds Azurite's blob server: <c>SPINEBOT_AZURITE_BLOB</c> if set, else <c>.tools/node_modules/.bin/azurite-blob</c>
/// at the repository root, installing it there with npm when it is missing.
/// </summary>
internal static class AzuriteInstallation
{
    public const string Version = "3.37.0";
    public const string ExecutableVariable = "SPINEBOT_AZURITE_BLOB";

    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    public static string InstallCommand => $"npm install --prefix .tools azurite@{Version}";

    public static async Task<string> LocateOrInstallAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ExecutableVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{ExecutableVariable} points to '{configured}', which does not exist.");
        }

        var root = RepositoryRoot();
        var tools = Path.Combine(root, ".tools");
        var executable = Path.Combine(tools, "node_modules", ".bin", "azurite-blob");
        if (!File.Exists(executable))
        {
            await InstallAsync(tools);
        }

        return File.Exists(executable)
            ? executable
            : throw new InvalidOperationException(
                $"Azurite is not installed at '{executable}' and npm did not install it. Run `{InstallCommand}` at the repository root, or set {AzuriteFixture.SkipVariable}=1 to skip the Azure Blob tests.");
    }

    private static async Task InstallAsync(string tools)
    {
        var npm = new ProcessStartInfo("npm")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "install", "--prefix", tools, $"azurite@{Version}", "--no-audit", "--no-fund" })
        {
            npm.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(npm) ?? throw new InvalidOperationException("npm did not start.");
            using var timeout = new CancellationTokenSource(InstallTimeout);
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"`{InstallCommand}` failed (exit {process.ExitCode}): {await errors}{await output}. Set {AzuriteFixture.SkipVariable}=1 to skip the Azure Blob tests.");
            }
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"Azurite is not installed and npm is not available to install it ({exception.Message}). Run `{InstallCommand}`, or set {AzuriteFixture.SkipVariable}=1 to skip the Azure Blob tests.",
                exception);
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SpineBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No SpineBot.sln above '{AppContext.BaseDirectory}': cannot find the repository's .tools folder.");
    }
}
