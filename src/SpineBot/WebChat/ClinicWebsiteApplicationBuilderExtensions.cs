using Microsoft.AspNetCore.Rewrite;

namespace SpineBot.WebChat;

/// <summary>
/// Serves the clinic's website from wwwroot (security headers come from <see cref="Hosting.SecurityStartupFilter"/>): the clinic's
/// page at <c>/</c>, the chat at <c>/widget</c>, <c>/embed.js</c> for other sites and the Web Chat bundle.
/// Call it before the bot's endpoints are mapped.
/// </summary>
internal static class ClinicWebsiteApplicationBuilderExtensions
{
    public static WebApplication MapClinicWebsite(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.UseResponseCompression();
        app.UseRewriter(new RewriteOptions().AddRewrite("^widget/?$", ClinicPages.WidgetFile.TrimStart('/'), skipRemainingRules: true));
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = StaticFileCaching.Apply });
        return app;
    }
}
