using System.Text;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SpineBot.Hosting;

namespace SpineBot.Messages;

/// <summary>
/// Reads a request body as a Bot Framework activity, refusing anything that is not one with a 4xx and a reason,
/// so that malformed input never reaches the adapter (where it would become a 500).
/// </summary>
internal sealed class ActivityRequestReader(IOptions<MessagesEndpointOptions> options, ServiceUrlPolicy serviceUrls)
{
    private const int MaxJsonDepth = 32;

    public async Task<IncomingActivity> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!JsonContentType.IsAccepted(request.ContentType))
        {
            return IncomingActivity.Refused(
                StatusCodes.Status415UnsupportedMediaType,
                "The body must be a Bot Framework activity. " + JsonContentType.Problem);
        }

        var limit = options.Value.MaxBodyBytes;
        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        var body = await ReadBodyAsync(request.Body, limit, cancellationToken);
        if (body is null)
        {
            return TooLarge(limit);
        }

        if (body.Length == 0)
        {
            return IncomingActivity.Refused(StatusCodes.Status400BadRequest, "The request body is empty; send an activity as JSON.");
        }

        JObject json;
        try
        {
            json = ParseObject(body);
        }
        catch (JsonException exception)
        {
            return IncomingActivity.Refused(StatusCodes.Status400BadRequest, $"The body is not valid JSON: {Describe(exception)}");
        }
        catch (InvalidCastException)
        {
            return IncomingActivity.Refused(StatusCodes.Status400BadRequest, "The body must be a JSON object (an activity).");
        }

        Activity? activity;
        try
        {
            activity = json.ToObject<Activity>(HttpHelper.BotMessageSerializer);
        }
        catch (JsonException exception)
        {
            return IncomingActivity.Refused(StatusCodes.Status400BadRequest, $"The body is not an activity: {Describe(exception)}");
        }

        var problem = ActivityShape.FindProblem(activity) ?? serviceUrls.Apply(activity!);
        if (problem is not null)
        {
            return IncomingActivity.Refused(StatusCodes.Status400BadRequest, problem);
        }

        return IncomingActivity.Accepted(activity!);
    }

    private static IncomingActivity TooLarge(long limit) => IncomingActivity.Refused(
        StatusCodes.Status413PayloadTooLarge,
        $"The activity is larger than the {limit / 1024} KB this bot accepts.");

    private static async Task<string?> ReadBodyAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).Trim();
    }

    private static JObject ParseObject(string body)
    {
        using var reader = new JsonTextReader(new StringReader(body)) { MaxDepth = MaxJsonDepth, DateParseHandling = DateParseHandling.None };
        var token = JToken.ReadFrom(reader);
        if (reader.Read() && reader.TokenType != JsonToken.Comment)
        {
            throw new JsonReaderException("unexpected content after the end of the JSON value.");
        }

        return (JObject)token;
    }

    private static string Describe(JsonException exception) =>
        exception is JsonReaderException reader
            ? $"{FirstSentence(reader.Message)} (line {reader.LineNumber}, position {reader.LinePosition})."
            : FirstSentence(exception.Message);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
