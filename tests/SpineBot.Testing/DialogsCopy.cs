using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpineBot.Testing;

/// <summary>A throw-away copy of the shipped dialogs folder, for breaking on purpose.</summary>
public sealed class DialogsCopy : IDisposable
{
    private static readonly JsonDocumentOptions ReadOptions = new() { CommentHandling = JsonCommentHandling.Skip };
    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = true };

    public DialogsCopy(string language = "en")
    {
        Root = Path.Combine(Path.GetTempPath(), "spinebot-dialogs-" + Guid.NewGuid().ToString("N"));
        Language = language;
        var target = Path.Combine(Root, language);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryFolders.Dialogs, "en"), "*.json"))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    /// <summary>The copy's dialogs folder.</summary>
    public string Root { get; }

    public string Language { get; }

    public string PathOf(string fileName) => Path.Combine(Root, Language, fileName);

    /// <summary>Changes one file's JSON.</summary>
    public void Edit(string fileName, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(File.ReadAllText(PathOf(fileName)), documentOptions: ReadOptions)!.AsObject();
        change(node);
        File.WriteAllText(PathOf(fileName), node.ToJsonString(WriteOptions));
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
