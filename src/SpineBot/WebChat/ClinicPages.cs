namespace SpineBot.WebChat;

/// <summary>
/// The addresses of the clinic's pages under wwwroot: the clinic's page at <c>/</c>, the chat at <c>/widget</c>,
/// the embed script at <c>/embed.js</c>, and the Web Chat bundle the build fetches into <c>/lib/webchat/</c>.
/// </summary>
internal static class ClinicPages
{
    public const string Widget = "/widget";

    public const string WidgetFile = "/widget.html";

    public const string WebChatLibrary = "/lib/webchat";

    public static bool IsWidget(PathString path) =>
        path.Equals(Widget, StringComparison.OrdinalIgnoreCase)
        || path.Equals(WidgetFile, StringComparison.OrdinalIgnoreCase);
}
