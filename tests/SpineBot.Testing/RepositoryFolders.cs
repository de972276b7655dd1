namespace SpineBot.Testing;

/// <summary>Finds the repository's folders from a test's output folder.</summary>
public static class RepositoryFolders
{
    /// <summary>The folder holding SpineBot.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped dialogs folder (the real content).</summary>
    public static string Dialogs => Path.Combine(Root, "dialogs");

    /// <summary>The documentation folder.</summary>
    public static string Docs => Path.Combine(Root, "docs");

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
