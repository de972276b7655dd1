using System.Text.Json;
using Json.Schema;
using SpineBot.Content.Loading;

namespace SpineBot.Content.Tests.Schema;

/// <summary>
/// Every shipped content file passes its committed schema, as an editor would check it, so the schema never flags a
/// file the bot accepts (JsonSchema.Net, an independent JSON Schema 2020-12 validator).
/// </summary>
public sealed class ContentFilesMatchSchemaTests
{
    private static readonly JsonDocumentOptions ReadOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(() => ContentLoader.FileNames.ToDictionary(
        file => file,
        file => JsonSchema.FromText(
            File.ReadAllText(Path.Combine(RepositoryFolders.Dialogs, ContentSchemas.FolderName, ContentSchemas.SchemaFileName(file))),
            baseUri: new Uri($"https://spinebot.test/dialogs/schema/{ContentSchemas.SchemaFileName(file)}"))));

    [Theory]
    [MemberData(nameof(ContentSchemaTests.ContentFilesOfEveryLanguage), MemberType = typeof(ContentSchemaTests))]
    public void A_shipped_file_passes_its_schema(string language, string file)
    {
        using var content = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFolders.Dialogs, language, file)), ReadOptions);

        var result = Schemas.Value[file].Evaluate(content.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join(Environment.NewLine, Problems(result)));
    }

    [Fact]
    public void The_schema_flags_a_misspelt_member_as_the_loader_does()
    {
        using var content = JsonDocument.Parse("""{ "$schema": "../schema/callback.schema.json", "ofer": "Shall the clinic call you?" }""");

        var result = Schemas.Value["callback.json"].Evaluate(content.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.False(result.IsValid);
    }

    private static IEnumerable<string> Problems(EvaluationResults result) =>
        (result.Details ?? []).Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}"));
}
