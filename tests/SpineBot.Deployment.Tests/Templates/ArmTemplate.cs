using System.Text.Json.Nodes;

namespace SpineBot.Deployment.Tests.Templates;

/// <summary>An ARM deployment template loaded from disk, with its resources flattened.</summary>
internal sealed class ArmTemplate
{
    private ArmTemplate(string path, JsonObject root)
    {
        Path = path;
        Root = root;
        Parameters = root["parameters"] as JsonObject ?? [];
        Variables = root["variables"] as JsonObject ?? [];
        Outputs = root["outputs"] as JsonObject ?? [];
        Resources = Flatten(root["resources"] as JsonArray ?? []).ToList();
    }

    public string Path { get; }

    public JsonObject Root { get; }

    public JsonObject Parameters { get; }

    public JsonObject Variables { get; }

    public JsonObject Outputs { get; }

    /// <summary>Every resource, including child resources declared inside a parent.</summary>
    public IReadOnlyList<JsonObject> Resources { get; }

    public static ArmTemplate Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
            ?? throw new InvalidDataException($"{path} is not a JSON object.");
        return new ArmTemplate(path, root);
    }

    /// <summary>True when the JSON file at the path declares the deployment template schema.</summary>
    public static bool IsTemplate(string path)
    {
        var schema = (JsonNode.Parse(File.ReadAllText(path)) as JsonObject)?["$schema"]?.GetValue<string>();
        return schema?.Contains("deploymentTemplate.json", StringComparison.OrdinalIgnoreCase) == true;
    }

    public IEnumerable<JsonObject> ResourcesOfType(string type) =>
        Resources.Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    public JsonObject SingleResourceOfType(string type) => ResourcesOfType(type).Single();

    public bool IsSecureParameter(string name) =>
        Parameters[name]?["type"]?.GetValue<string>() is { } type
        && (type.Equals("securestring", StringComparison.OrdinalIgnoreCase)
            || type.Equals("secureObject", StringComparison.OrdinalIgnoreCase));

    public bool HasDefault(string name) => Parameters[name] is JsonObject p && p.ContainsKey("defaultValue");

    private static IEnumerable<JsonObject> Flatten(JsonArray resources)
    {
        foreach (var resource in resources.OfType<JsonObject>())
        {
            yield return resource;
            if (resource["resources"] is JsonArray children)
            {
                foreach (var child in Flatten(children))
                {
                    yield return child;
                }
            }
        }
    }
}
