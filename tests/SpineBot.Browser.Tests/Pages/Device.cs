namespace SpineBot.Browser.Tests.Pages;

/// <summary>The screens the tests look at the site with.</summary>
internal sealed record Device(string Name, int Width, int Height, bool IsMobile)
{
    public static Device Desktop { get; } = new("desktop", 1280, 800, IsMobile: false);

    /// <summary>A common phone (390 x 844 CSS pixels), narrower than the 480 px where the chat goes full screen.</summary>
    public static Device Phone { get; } = new("phone", 390, 844, IsMobile: true);

    /// <summary>The context's options; <paramref name="locale"/> null keeps the browser's own language (its --lang).</summary>
    public BrowserNewContextOptions ContextOptions(string? locale = "en-US") => new()
    {
        ViewportSize = new ViewportSize { Width = Width, Height = Height },
        IsMobile = IsMobile,
        HasTouch = IsMobile,
        DeviceScaleFactor = IsMobile ? 2 : 1,
        Locale = locale,
    };
}
