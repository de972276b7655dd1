using System.Text.Json;
using SpineBot.Content.Loading;

namespace SpineBot.Content.Tests.Schema;

/// <summary>
/// dialogs/schema/*.schema.json are exported from the records the loader reads, so staff editing a file get the same
/// checks in their editor. When a record changes, regenerate them with
/// SPINEBOT_WRITE_DOCS=1 dotnet test tests/SpineBot.Content.Tests -c Release.
/// </summary>
public sealed class ContentSchemaTests
{
    private static readonly JsonDocumentOptions ReadOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static TheoryData<string> ContentFiles() => new(ContentLoader.FileNames);

    public static TheoryData<string, string> ContentFilesOfEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in Directory.EnumerateDirectories(RepositoryFolders.Dialogs).Select(Path.GetFileName).OfType<string>()
            .Where(name => name != ContentSchemas.FolderName).Order(StringComparer.Ordinal))
        {
            foreach (var file in ContentLoader.FileNames)
            {
                data.Add(language, file);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void The_committed_schema_is_the_one_the_records_export(string file)
    {
        var path = Path.Combine(RepositoryFolders.Dialogs, ContentSchemas.FolderName, ContentSchemas.SchemaFileName(file));
        var exported = ContentSchemas.Export(file);
        if (Environment.GetEnvironmentVariable("SPINEBOT_WRITE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, exported);
        }

        Assert.True(File.Exists(path), $"{path} is missing; regenerate with SPINEBOT_WRITE_DOCS=1");
        Assert.Equal(exported, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void A_schema_rejects_members_the_loader_does_not_know(string file)
    {
        using var schema = JsonDocument.Parse(ContentSchemas.Export(file));

        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
        Assert.True(schema.RootElement.GetProperty("properties").TryGetProperty("$schema", out _));
    }

    [Theory]
    [MemberData(nameof(ContentFilesOfEveryLanguage))]
    public void Every_content_file_names_its_schema(string language, string file)
    {
        using var content = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFolders.Dialogs, language, file)), ReadOptions);

        Assert.True(content.RootElement.TryGetProperty("$schema", out var schema), $"dialogs/{language}/{file} has no \"$schema\"");
        Assert.Equal(ContentSchemas.Reference(file), schema.GetString());
        Assert.True(File.Exists(Path.Combine(RepositoryFolders.Dialogs, language, ContentSchemas.Reference(file))));
    }
}
