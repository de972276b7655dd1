using System.Text;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SpineBot.Hosting;

namespace SpineBot.DirectLine.Turns;

/// <summary>
/// Reads what a Direct Line client posts to <c>/conversations/{id}/activities</c>: a JSON activity of type message,
/// event or typing, at most 256 KB (Direct Line's limit). Anything else is refused with a 4xx and a reason.
/// </summary>
internal static class PostedActivityReader
{
    public const int MaxBytes = 256 * 1024;

    private const int MaxJsonDepth = 32;

    private static readonly string[] AcceptedTypes = [ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing];

    public static async Task<PostedActivity> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!JsonContentType.IsAccepted(request.ContentType))
        {
            return PostedActivity.Refused(StatusCodes.Status415UnsupportedMediaType, JsonContentType.Problem);
        }

        if (request.ContentLength > MaxBytes)
        {
            return TooLarge();
        }

        var body = await ReadBodyAsync(request.Body, cancellationToken);
        if (body is null)
        {
            return TooLarge();
        }

        Activity? activity;
        try
        {
            using var reader = new JsonTextReader(new StringReader(body)) { MaxDepth = MaxJsonDepth, DateParseHandling = DateParseHandling.None };
            if (JToken.ReadFrom(reader) is not JObject json)
            {
                return BadRequest("The body must be a JSON object (an activity).");
            }

            activity = json.ToObject<Activity>(HttpHelper.BotMessageSerializer);
        }
        catch (JsonException)
        {
            return BadRequest("The body is not a valid JSON activity.");
        }

        if (activity is null || !AcceptedTypes.Contains(activity.Type, StringComparer.Ordinal))
        {
            return BadRequest("The activity's 'type' must be message, event or typing.");
        }

        return PostedActivity.Accepted(activity);
    }

    private static PostedActivity BadRequest(string problem) => PostedActivity.Refused(StatusCodes.Status400BadRequest, problem);

    private static PostedActivity TooLarge() =>
        PostedActivity.Refused(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {MaxBytes / 1024} KB.");

    private static async Task<string?> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
