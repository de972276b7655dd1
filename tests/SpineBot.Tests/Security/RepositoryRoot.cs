namespace SpineBot.Tests.Security;

/// <summary>
/// The repository's root: the folder holding SpineBot.sln, found by walking up from the test binaries.
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "SpineBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("SpineBot.sln was not found above " + AppContext.BaseDirectory);
    }
}
