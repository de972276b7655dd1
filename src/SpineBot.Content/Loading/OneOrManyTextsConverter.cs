using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpineBot.Content.Loading;

/// <summary>Reads a member that is one text or a list of texts ("source": "nhs" or ["nhs", "nice"]) as a list.</summary>
internal sealed class OneOrManyTextsConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return [reader.GetString()!];
            case JsonTokenType.StartArray:
                var texts = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    texts.Add(reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString()!,
                        JsonTokenType.Null => string.Empty,
                        _ => throw new JsonException("The JSON value could not be converted to a text."),
                    });
                }

                return texts;
            default:
                throw new JsonException("The JSON value could not be converted to a text or a list of texts.");
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Count == 1)
        {
            writer.WriteStringValue(value[0]);
            return;
        }

        writer.WriteStartArray();
        foreach (var text in value)
        {
            writer.WriteStringValue(text);
        }

        writer.WriteEndArray();
    }
}
