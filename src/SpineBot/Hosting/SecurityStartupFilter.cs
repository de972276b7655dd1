using SpineBot.WebChat;

namespace SpineBot.Hosting;

/// <summary>
/// Puts the bot's protections outermost, ahead of everything the framework adds (host filtering included), so that
/// every response the app writes carries the security headers, errors too: the security headers (which also turn an
/// unhandled exception into a plain 500 with them), HSTS in Production, and the Host header check.
/// </summary>
internal sealed class SecurityStartupFilter(IHostEnvironment environment) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return app =>
        {
            app.UseMiddleware<SecurityHeadersMiddleware>();
            if (environment.IsProduction())
            {
                app.UseHsts();
            }

            app.UseMiddleware<HostHeaderCheck>();
            next(app);
        };
    }
}
