using Microsoft.Net.Http.Headers;

namespace SpineBot.WebChat;

/// <summary>
/// Adds the browser security headers to every response: the Content-Security-Policy, no MIME sniffing, no
/// referrer, no camera/microphone/location, and no framing, except for the chat page, which the sites named in
/// <see cref="ClinicWebsiteOptions.WidgetFrameAncestors"/> may frame. A header an endpoint set itself is kept.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, ClinicContentSecurityPolicy policy)
{
    private const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.Response.OnStarting(() =>
        {
            Apply(context);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        var isWidget = ClinicPages.IsWidget(context.Request.Path);

        headers.TryAdd(HeaderNames.XContentTypeOptions, "nosniff");
        headers.TryAdd("Referrer-Policy", "no-referrer");
        headers.TryAdd("Permissions-Policy", PermissionsPolicy);
        headers.TryAdd(HeaderNames.ContentSecurityPolicy, isWidget ? policy.Widget : policy.Page);
        if (!isWidget)
        {
            headers.TryAdd(HeaderNames.XFrameOptions, "DENY");
        }
    }
}
