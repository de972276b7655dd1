using Newtonsoft.Json;

namespace SpineBot.Conversation.Bot;

/// <summary>The JSON body of a refused invoke.</summary>
/// <param name="Error">A stable error code.</param>
/// <param name="Message">The reason, for the developer of the calling channel.</param>
/// <param name="Name">The invoke's name, if it had one.</param>
internal sealed record InvokeRefusalBody(
    [property: JsonProperty("error")] string Error,
    [property: JsonProperty("message")] string Message,
    [property: JsonProperty("name")] string? Name);
