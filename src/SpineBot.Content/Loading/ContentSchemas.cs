using System.ComponentModel;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using SpineBot.Content.Answers;
using SpineBot.Content.Callback;
using SpineBot.Content.Causes;
using SpineBot.Content.Clinic;
using SpineBot.Content.Commands;
using SpineBot.Content.Handoff;
using SpineBot.Content.Messages;
using SpineBot.Content.Questions;
using SpineBot.Content.RedFlags;
using SpineBot.Content.Rules;

namespace SpineBot.Content.Loading;

/// <summary>
/// The JSON Schemas of the content files (dialogs/schema/*.schema.json), exported from the records the files are read
/// into, so an editor checks a file the way the loader reads it. Each content file names its schema in "$schema".
/// </summary>
internal static class ContentSchemas
{
    /// <summary>The folder under dialogs/ that holds the schemas.</summary>
    public const string FolderName = "schema";

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The record type each content file is read into, by file name.</summary>
    public static IReadOnlyDictionary<string, JsonTypeInfo> ByFile { get; } = new Dictionary<string, JsonTypeInfo>(StringComparer.Ordinal)
    {
        [ClinicFile.Name] = ContentJsonContext.Default.ClinicJson,
        [CausesFile.Name] = ContentJsonContext.Default.CausesJson,
        [ScoringFile.Name] = ContentJsonContext.Default.ScoringJson,
        [QuestionsFile.Name] = ContentJsonContext.Default.QuestionsJson,
        [NegationFile.Name] = ContentJsonContext.Default.NegationJson,
        [RedFlagsFile.Name] = ContentJsonContext.Default.RedFlagsJson,
        [ExtractionFile.Name] = ContentJsonContext.Default.ExtractionJson,
        [HandoffFile.Name] = ContentJsonContext.Default.HandoffJson,
        [CallbackFile.Name] = ContentJsonContext.Default.CallbackJson,
        [MessagesFile.Name] = ContentJsonContext.Default.MessagesJson,
        [CommandsFile.Name] = ContentJsonContext.Default.CommandsJson,
        [AnswersFile.Name] = ContentJsonContext.Default.AnswersJson,
    };

    /// <summary>The schema's file name for a content file: "red-flags.json" has "red-flags.schema.json".</summary>
    public static string SchemaFileName(string contentFileName) => Path.GetFileNameWithoutExtension(contentFileName) + ".schema.json";

    /// <summary>What a content file's "$schema" says: "../schema/red-flags.schema.json".</summary>
    public static string Reference(string contentFileName) => $"../{FolderName}/{SchemaFileName(contentFileName)}";

    /// <summary>The schema of one content file, as the text committed under dialogs/schema/.</summary>
    public static string Export(string contentFileName)
    {
        var typeInfo = ByFile[contentFileName];
        var schema = typeInfo.Options.GetJsonSchemaAsNode(typeInfo.Type, new JsonSchemaExporterOptions { TransformSchemaNode = Describe });
        if (schema is JsonObject root)
        {
            root.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
            root.Insert(1, "title", $"dialogs/<language>/{contentFileName}");
        }

        return schema.ToJsonString(WriteOptions).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonNode Describe(JsonSchemaExporterContext context, JsonNode schema)
    {
        var description = DescriptionOf(context.PropertyInfo?.AttributeProvider) ?? DescriptionOf(context.TypeInfo.Type);
        if (context.PropertyInfo?.CustomConverter is OneOrManyTextsConverter)
        {
            // A member read by a converter exports as "anything"; say what it takes.
            schema = new JsonObject
            {
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["type"] = "string" },
                    new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } }),
            };
        }

        var mayBeNull = context.PropertyInfo?.AttributeProvider?.IsDefined(typeof(MayBeNullAttribute), inherit: false) == true;
        if (schema is JsonObject typed && typed["type"] is JsonArray types && !mayBeNull)
        {
            typed["type"] = types.Select(type => type!.GetValue<string>()).First(type => type != "null");
        }

        if (description is not null && schema is JsonObject described && !described.ContainsKey("description"))
        {
            described.Insert(0, "description", description);
        }

        return schema;
    }

    private static string? DescriptionOf(ICustomAttributeProvider? provider) =>
        provider?.GetCustomAttributes(typeof(DescriptionAttribute), inherit: false).OfType<DescriptionAttribute>().FirstOrDefault()?.Description;
}
