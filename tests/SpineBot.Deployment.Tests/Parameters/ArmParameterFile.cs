using System.Text.Json.Nodes;

namespace SpineBot.Deployment.Tests.Parameters;

/// <summary>An ARM deployment parameter file (parameters/*.parameters.json).</summary>
internal sealed class ArmParameterFile
{
    private ArmParameterFile(string path, JsonObject values)
    {
        Path = path;
        Values = values;
    }

    public string Path { get; }

    /// <summary>Parameter name to its entry: { "value": ... } or { "reference": { "keyVault": ..., "secretName": ... } }.</summary>
    public JsonObject Values { get; }

    public static ArmParameterFile Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
            ?? throw new InvalidDataException($"{path} is not a JSON object.");
        return new ArmParameterFile(path, root["parameters"] as JsonObject ?? []);
    }

    /// <summary>True when the entry reads the value from Key Vault at deployment time.</summary>
    public bool IsKeyVaultReference(string name) =>
        Values[name]?["reference"]?["keyVault"]?["id"] is JsonValue
        && Values[name]?["reference"]?["secretName"] is JsonValue
        && Values[name] is JsonObject entry && !entry.ContainsKey("value");
}
