using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SpineBot.Storage.Blobs;

/// <summary>
/// Turns any storage key into a valid, unique blob name: letters, digits, '-' and '_' stay as they are; every other
/// UTF-8 byte becomes <c>~XX</c> (so '/', '?', '#', '.', spaces and unicode cannot split paths or end a name
/// badly). A name that would be too long keeps its readable start and ends with a SHA-256 of the whole key.
/// </summary>
internal static class BlobNames
{
    public const string StatePrefix = "state/";
    public const string CallbackRequestsPrefix = "records/callback-requests/";
    public const string FeedbackPrefix = "records/feedback/";
    public const string TranscriptsPrefix = "transcripts/";

    /// <summary>Longest encoded part kept whole; blob names may be 1,024 characters with their prefixes.</summary>
    private const int MaxEncodedLength = 480;
    private const int KeptLengthWhenHashed = 400;
    private const string HashMarker = "~~";

    public static string State(string key) => StatePrefix + Encode(key);

    public static string CallbackRequest(string id) => CallbackRequestsPrefix + Encode(id);

    public static string Feedback(string id) => FeedbackPrefix + Encode(id);

    public static string TranscriptFolder(string conversationId) => TranscriptsPrefix + Encode(conversationId) + "/";

    public static string Encode(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var encoded = new StringBuilder(key.Length);
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                encoded.Append(c);
            }
            else
            {
                encoded.Append('~').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        if (encoded.Length <= MaxEncodedLength)
        {
            return encoded.ToString();
        }

        var kept = KeptLengthWhenHashed;
        while (encoded[kept - 1] == '~' || encoded[kept - 2] == '~')
        {
            kept--;
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return encoded.ToString(0, kept) + HashMarker + hash;
    }
}
