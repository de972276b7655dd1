using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace SpineBot.LoadGenerator.Run;

/// <summary>What the run ran on: processor, cores, memory, OS, .NET and Node versions, and the commit.</summary>
internal static class MachineDescription
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").FirstOrDefault(line => line.StartsWith("MemTotal:", StringComparison.Ordinal))
            : null;
        var gigabytes = memory is null
            ? "?"
            : (long.Parse(memory["MemTotal:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) / 1024.0 / 1024.0)
                .ToString("0", CultureInfo.InvariantCulture);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores ({cpu ?? "unknown CPU"}), {gigabytes} GiB, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, Node {Output("node", "--version") ?? "not found"}");
    }

    /// <summary>The short commit id, with "+ local changes" when the work tree differs from it (read-only git).</summary>
    public static string Revision(string repoRoot)
    {
        var commit = Output("git", "-C", repoRoot, "rev-parse", "--short", "HEAD") ?? "unknown";
        var changes = Output("git", "-C", repoRoot, "status", "--porcelain", "--untracked-files=no");
        return string.IsNullOrWhiteSpace(changes) ? commit : commit + " + local changes";
    }

    private static string? Output(string program, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var text = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? text : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
