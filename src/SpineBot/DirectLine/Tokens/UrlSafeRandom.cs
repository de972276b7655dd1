using System.Buffers.Text;
using System.Security.Cryptography;

namespace SpineBot.DirectLine.Tokens;

/// <summary>
/// Unguessable identifiers and tokens from the system's cryptographic random source, safe in URLs and paths.
/// </summary>
internal static class UrlSafeRandom
{
    /// <summary>A token of 256 random bits.</summary>
    public static string Token() => Next(32);

    /// <summary>A conversation id of 128 random bits.</summary>
    public static string ConversationId() => Next(16);

    /// <summary>A user id of 128 random bits in hex, with the <c>dl_</c> prefix Azure Direct Line expects.</summary>
    public static string UserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static string Next(int bytes)
    {
        Span<byte> buffer = stackalloc byte[bytes];
        RandomNumberGenerator.Fill(buffer);
        return Base64Url.EncodeToString(buffer);
    }
}
