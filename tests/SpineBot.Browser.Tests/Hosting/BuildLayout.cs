using System.Reflection;

namespace SpineBot.Browser.Tests.Hosting;

/// <summary>
/// Where the build put things, as recorded in this assembly by the project file.
/// </summary>
internal static class BuildLayout
{
    /// <summary>src/SpineBot: the bot's content root (wwwroot, appsettings.json).</summary>
    public static string BotProjectDirectory => Read("SpineBotProjectDirectory");

    /// <summary>The built SpineBot.dll of the same configuration as these tests.</summary>
    public static string BotAssembly =>
        Environment.GetEnvironmentVariable("SPINEBOT_HOST_DLL") is { Length: > 0 } overridden ? overridden : Read("SpineBotAssembly");

    /// <summary>This test project's folder.</summary>
    public static string TestProjectDirectory => Read("TestProjectDirectory");

    private static string Read(string key) =>
        typeof(BuildLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly has no '{key}' metadata; rebuild the test project.");
}
