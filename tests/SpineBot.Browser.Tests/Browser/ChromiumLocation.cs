namespace SpineBot.Browser.Tests.Browser;

/// <summary>
/// Debian's Chromium (`apt-get install -y chromium`), or the one SPINEBOT_CHROMIUM names. Playwright never
/// downloads a browser here. SPINEBOT_SKIP_BROWSER=1 skips the browser tests instead of failing them.
/// </summary>
internal static class ChromiumLocation
{
    public const string DefaultPath = "/usr/bin/chromium";

    public static bool SkipRequested => Environment.GetEnvironmentVariable("SPINEBOT_SKIP_BROWSER") == "1";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("SPINEBOT_CHROMIUM") is { Length: > 0 } path ? path : DefaultPath;

    /// <summary>Throws, saying how to install it, when the browser is missing.</summary>
    public static string Require()
    {
        var path = ExecutablePath;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {path}. Install it with `apt-get update && apt-get install -y chromium` "
                + "(or set SPINEBOT_CHROMIUM to a Chromium binary). Set SPINEBOT_SKIP_BROWSER=1 to skip the browser tests.");
        }

        return path;
    }
}
