namespace SpineBot.Deployment.Tests.Templates;

/// <summary>Locates the repository and the deployment files the tests check.</summary>
internal static class RepositoryFolders
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder that holds SpineBot.sln.</summary>
    public static string Root => LazyRoot.Value;

    public static string DeploymentTemplates => Path.Combine(Root, "deploymentTemplates");

    public static string MainTemplate => Path.Combine(DeploymentTemplates, "azuredeploy.json");

    public static string ParameterFiles => Path.Combine(DeploymentTemplates, "parameters");

    public static string AppSettingsList => Path.Combine(DeploymentTemplates, "app-settings.json");

    public static string Teams => Path.Combine(DeploymentTemplates, "teams");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SpineBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder above {AppContext.BaseDirectory} contains SpineBot.sln; run the tests from the repository.");
    }
}
