using SpineBot.Content.Loading;

namespace SpineBot.Content.Tests.Loading;

public sealed class DialogsFolderTests
{
    [Fact]
    public void A_configured_path_relative_to_the_app_is_used()
    {
        var folder = DialogsFolder.Locate("dialogs", RepositoryFolders.Root);

        Assert.Equal(RepositoryFolders.Dialogs, folder);
    }

    [Fact]
    public void A_configured_path_that_does_not_exist_is_named()
    {
        var error = Assert.Throws<ContentValidationException>(() => DialogsFolder.Locate("/no/such/dialogs", RepositoryFolders.Root));

        Assert.Contains(DialogsFolder.PathConfigurationKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_configuration_the_nearest_dialogs_folder_is_found()
    {
        var folder = DialogsFolder.Locate(null, AppContext.BaseDirectory);

        Assert.True(File.Exists(Path.Combine(folder, "en", "messages.json")));
    }
}
