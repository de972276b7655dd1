using Microsoft.Net.Http.Headers;

namespace SpineBot.WebChat;

/// <summary>
/// Adds the browser security headers to every response: the Content-Security-Policy, no MIME sniffing, no
/// referrer, no camera/microphone/location, and no framing, except for the chat page, which the sites named in
/// <see cref="ClinicWebsiteOptions.WidgetFrameAncestors"/> may frame. A header an endpoint set itself is kept.
/// </summary>
internal sealed partial class SecurityHeadersMiddleware(RequestDelegate next, ClinicContentSecurityPolicy policy, ILogger<SecurityHeadersMiddleware> logger)
{
    private const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.Response.OnStarting(() =>
        {
            Apply(context);
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && !context.Response.HasStarted)
        {
            // Never expected; answered here (rather than by the server) so that the 500 carries the headers too.
            LogUnhandled(logger, exception, context.Request.Path);
            context.Response.Clear();
            await Results.Problem(detail: "The bot could not handle this request.", statusCode: StatusCodes.Status500InternalServerError)
                .ExecuteAsync(context);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An unhandled error answered a request to {Path} with 500")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, PathString path);

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
