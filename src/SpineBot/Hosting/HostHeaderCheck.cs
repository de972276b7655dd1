namespace SpineBot.Hosting;

/// <summary>
/// Refuses a request whose Host header is not a host name or address with an optional port 1-65535 (for example
/// <c>a:99999</c> or <c>a..b</c>) with 400 and a reason: the bot builds its own addresses (Direct Line stream URLs)
/// from it. Which hosts are served at all is <c>AllowedHosts</c> (set by the Azure template to the app's names).
/// </summary>
internal sealed class HostHeaderCheck(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsValid(context.Request.Host) ? next(context) : RefuseAsync(context);
    }

    internal static bool IsValid(HostString host)
    {
        if (!host.HasValue || host.Value.Length > 255)
        {
            return false;
        }

        var name = host.Host;
        var nameKind = Uri.CheckHostName(name.StartsWith('[') ? name.Trim('[', ']') : name);
        if (nameKind == UriHostNameType.Unknown || name.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        var portText = host.Value.Length > name.Length ? host.Value[(name.Length + 1)..] : null;
        return portText is null || (host.Port is >= 1 and <= 65535 && portText.All(char.IsAsciiDigit));
    }

    private static Task RefuseAsync(HttpContext context) =>
        Results.Problem(
            detail: "The Host header is not a valid host name with an optional port (1-65535).",
            statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
}
