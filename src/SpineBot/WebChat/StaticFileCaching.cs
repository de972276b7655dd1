using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace SpineBot.WebChat;

/// <summary>
/// Cache rules of the static files: the Web Chat bundle sits under a versioned folder and never changes, so
/// browsers keep it for a year; the clinic's own pages, scripts and styles are revalidated on every use (a cheap
/// 304 thanks to the ETag), so a deployment reaches visitors and embedding sites at once.
/// </summary>
internal static class StaticFileCaching
{
    private const string Immutable = "public, max-age=31536000, immutable";

    private const string Revalidate = "no-cache";

    public static void Apply(StaticFileResponseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var path = context.Context.Request.Path;
        context.Context.Response.Headers[HeaderNames.CacheControl] =
            path.StartsWithSegments(ClinicPages.WebChatLibrary, StringComparison.OrdinalIgnoreCase)
                ? Immutable
                : Revalidate;
    }
}
