using System.Reflection;

namespace SpineBot.Testing.Hosting;

/// <summary>
/// Where the build put the bot, as recorded in this assembly by the project file.
/// </summary>
public static class BuildLayout
{
    /// <summary>src/SpineBot: the bot's content root (wwwroot, appsettings.json).</summary>
    public static string BotProjectDirectory => Read("SpineBotProjectDirectory");

    /// <summary>The built SpineBot.dll of the same configuration as these tests.</summary>
    public static string BotAssembly =>
        Environment.GetEnvironmentVariable("SPINEBOT_HOST_DLL") is { Length: > 0 } overridden ? overridden : Read("SpineBotAssembly");

    /// <summary>The folder the bot runs from, holding the dialogs/ content it loads.</summary>
    public static string BotOutputDirectory =>
        Path.GetDirectoryName(BotAssembly) ?? throw new InvalidOperationException($"'{BotAssembly}' has no folder.");

    private static string Read(string key) =>
        typeof(BuildLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == key)?.Value
        ?? throw new InvalidOperationException($"SpineBot.Testing has no '{key}' metadata; rebuild it.");
}
