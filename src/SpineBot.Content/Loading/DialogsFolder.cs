namespace SpineBot.Content.Loading;

/// <summary>
/// Finds the dialogs folder: the path from configuration if given, else "dialogs" next to the app (the host copies
/// dialogs/** to its output), else the nearest "dialogs" folder above it (running from a source checkout).
/// </summary>
public static class DialogsFolder
{
    /// <summary>The configuration key for the dialogs folder path (absolute, or relative to the app folder).</summary>
    public const string PathConfigurationKey = "Content:DialogsPath";

    /// <summary>The configuration key for the default language ("en"): used when a conversation's first activity has no locale.</summary>
    public const string LanguageConfigurationKey = "Content:Language";

    /// <summary>The folder name.</summary>
    public const string FolderName = "dialogs";

    /// <summary>Finds the dialogs folder.</summary>
    /// <param name="configuredPath">The configured path, or <c>null</c>/empty for none.</param>
    /// <param name="appDirectory">The app's folder, usually <see cref="AppContext.BaseDirectory"/>.</param>
    /// <exception cref="ContentValidationException">The configured folder does not exist, or none was found.</exception>
    public static string Locate(string? configuredPath, string appDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appDirectory);
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            var configured = Path.GetFullPath(configuredPath, appDirectory);
            return Directory.Exists(configured)
                ? configured
                : throw new ContentValidationException(
                    [new ContentError(configured, PathConfigurationKey, "the configured dialogs folder does not exist")]);
        }

        for (var directory = new DirectoryInfo(Path.GetFullPath(appDirectory)); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, FolderName);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new ContentValidationException(
            [new ContentError(FolderName, "folder", $"no dialogs folder found in or above {Path.GetFullPath(appDirectory)}")]);
    }
}
