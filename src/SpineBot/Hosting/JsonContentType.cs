using Microsoft.Net.Http.Headers;

namespace SpineBot.Hosting;

/// <summary>
/// The only body type the bot's activity endpoints take: <c>application/json</c>, optionally with a UTF-8 charset.
/// A browser cannot send it cross-site without a CORS preflight (which the bot never grants), so a web page cannot
/// drive a developer's local bot; <c>text/plain; x=+json</c> and the like are refused.
/// </summary>
internal static class JsonContentType
{
    public const string Problem = "Send the activity with Content-Type application/json (charset utf-8, if any).";

    public static bool IsAccepted(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !parsed.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var parameter in parsed.Parameters)
        {
            var isUtf8Charset = parameter.Name.Equals("charset", StringComparison.OrdinalIgnoreCase)
                && (parameter.Value.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
                    || parameter.Value.Equals("\"utf-8\"", StringComparison.OrdinalIgnoreCase)
                    || parameter.Value.Equals("utf8", StringComparison.OrdinalIgnoreCase));
            if (!isUtf8Charset)
            {
                return false;
            }
        }

        return true;
    }
}
