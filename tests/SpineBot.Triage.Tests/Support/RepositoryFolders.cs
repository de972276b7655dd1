namespace SpineBot.Triage.Tests.Support;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
internal static class RepositoryFolders
{
    /// <summary>The folder holding SpineBot.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped dialogs folder.</summary>
    public static string Dialogs => Path.Combine(Root, "dialogs");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SpineBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"SpineBot.sln not found above {AppContext.BaseDirectory}.");
    }
}
