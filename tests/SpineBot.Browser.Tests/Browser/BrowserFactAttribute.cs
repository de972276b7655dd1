namespace SpineBot.Browser.Tests.Browser;

/// <summary>
/// A test that needs Chromium: it runs, and fails with an install hint when the browser is missing, unless
/// SPINEBOT_SKIP_BROWSER=1 asks to skip it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (ChromiumLocation.SkipRequested)
        {
            Skip = "SPINEBOT_SKIP_BROWSER=1: browser tests skipped.";
        }
    }
}
