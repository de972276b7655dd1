namespace SpineBot.Conversation.Tests.Support;

/// <summary>A throw-away copy of the shipped dialogs folder, for breaking on purpose.</summary>
internal sealed class DialogsCopy : IDisposable
{
    public DialogsCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "spinebot-conversation-dialogs-" + Guid.NewGuid().ToString("N"));
        var target = Path.Combine(Root, "en");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryFolders.Dialogs, "en"), "*.json"))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    public string Root { get; }

    public string PathOf(string fileName) => Path.Combine(Root, "en", fileName);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
