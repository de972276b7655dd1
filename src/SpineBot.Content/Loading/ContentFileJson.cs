using System.ComponentModel;
using System.Text.Json.Serialization;

namespace SpineBot.Content.Loading;

/// <summary>What every content file's record shares: the "$schema" member that names the file's JSON Schema.</summary>
internal abstract record ContentFileJson
{
    /// <summary>The file's JSON Schema, relative to the file ("../schema/causes.schema.json"), for checking in an editor.</summary>
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-1)]
    [Description("The JSON Schema that checks this file in an editor, e.g. \"../schema/causes.schema.json\".")]
    public string? Schema { get; init; }
}
