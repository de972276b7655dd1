using System.Text;
using Newtonsoft.Json;

namespace SpineBot.DirectLine.Conversations;

/// <summary>
/// Direct Line's <c>ActivitySet</c>: activities a client has not seen yet, and the watermark to ask from next.
/// </summary>
internal sealed record ActivitySet(IReadOnlyList<string> Activities, long Watermark)
{
    /// <summary><c>{"activities":[...],"watermark":"N"}</c>, as Web Chat reads it over HTTP and WebSocket.</summary>
    public string ToJson()
    {
        var json = new StringBuilder("{\"activities\":[");
        json.AppendJoin(',', Activities);
        json.Append("],\"watermark\":");
        json.Append(JsonConvert.ToString(Watermark.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        json.Append('}');
        return json.ToString();
    }
}
