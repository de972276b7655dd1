using SpineBot.Content;
using SpineBot.Content.Loading;

namespace SpineBot.Benchmarks.Infrastructure;

/// <summary>The clinic's real content (dialogs/ at the repository root), loaded once per benchmark process.</summary>
internal static class ClinicContentFolder
{
    private static readonly Lazy<ClinicContent> Loaded = new(() => ContentLoader.Load(Locate()));

    public static ClinicContent Content => Loaded.Value;

    /// <summary>The repository's dialogs/ folder.</summary>
    public static string DialogsPath => Locate();

    private static string Locate()
    {
        // BenchmarkDotNet runs a generated copy of this program below bin/; the repository root is above both.
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var dialogs = Path.Combine(folder.FullName, "dialogs");
            if (File.Exists(Path.Combine(folder.FullName, "SpineBot.sln")) && Directory.Exists(dialogs))
            {
                return dialogs;
            }
        }

        throw new DirectoryNotFoundException("The repository's dialogs/ folder was not found above " + AppContext.BaseDirectory);
    }
}
