using System.Globalization;

namespace SpineBot.DirectLine.Protocol;

/// <summary>
/// Reads a client's <c>watermark</c>: empty or missing means "from the start" (Web Chat's first request sends
/// <c>watermark=</c>); otherwise it must be a whole number this service returned, or the request gets 400.
/// </summary>
internal static class Watermark
{
    public const string Problem = "The watermark must be empty or a watermark this service returned (a whole number).";

    public static bool TryParse(string? value, out long watermark)
    {
        watermark = 0;
        return string.IsNullOrEmpty(value)
            || (value.Length <= 19 && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out watermark));
    }
}
