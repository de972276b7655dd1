using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SpineBot.Hosting;

namespace SpineBot.Messages;

/// <summary>
/// Where the bot may send replies. With an app id, the connector's token vouches for the caller and any absolute
/// http(s) service URL stands. Without one (local use), only loopback service URLs and those named in
/// <c>Messages:AllowedServiceUrls</c> are called, so the bot cannot be made to POST to any address on the network.
/// An expect-replies activity is answered in the response and its service URL is never called: one that is missing,
/// malformed or not allowed is replaced by this bot's own loopback address.
/// </summary>
internal sealed class ServiceUrlPolicy(IOptions<MessagesEndpointOptions> options, IOptions<BotIdentityOptions> identity)
{
    /// <summary>The service URL given to expect-replies activities whose own one cannot or may not be used.</summary>
    public static readonly Uri OwnAddress = new("http://localhost/");

    /// <summary>Makes the activity's service URL usable; returns why it cannot be, or null.</summary>
    public string? Apply(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        var usable = TryRead(activity.ServiceUrl, out var serviceUrl) && IsAllowed(serviceUrl!);
        if (string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase))
        {
            if (!usable)
            {
                activity.ServiceUrl = OwnAddress.AbsoluteUri;
            }

            return null;
        }

        if (serviceUrl is null)
        {
            return "The activity has no absolute http(s) 'serviceUrl' to send replies to (or send it with deliveryMode 'expectReplies').";
        }

        return usable
            ? null
            : "The 'serviceUrl' is not one this bot may call: without a MicrosoftAppId it replies only to loopback service URLs (localhost, 127.0.0.1, [::1]) and those in "
              + "Messages:AllowedServiceUrls; use deliveryMode 'expectReplies' to get the replies in the response.";
    }

    private static bool TryRead(string? value, out Uri? serviceUrl)
    {
        serviceUrl = null;
        if (string.IsNullOrWhiteSpace(value)
            || value.Length > 2048
            || !Uri.TryCreate(value, UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(parsed.Host))
        {
            return false;
        }

        serviceUrl = parsed;
        return true;
    }

    private bool IsAllowed(Uri serviceUrl)
    {
        if (!string.IsNullOrWhiteSpace(identity.Value.MicrosoftAppId) || IsLoopback(serviceUrl))
        {
            return true;
        }

        return options.Value.AllowedServiceUrls.Any(allowed =>
            Uri.TryCreate(allowed, UriKind.Absolute, out var prefix)
            && Uri.Compare(prefix, serviceUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            && serviceUrl.AbsolutePath.StartsWith(prefix.AbsolutePath, StringComparison.Ordinal));
    }

    private static bool IsLoopback(Uri serviceUrl) =>
        serviceUrl.IsLoopback
        || (IPAddress.TryParse(serviceUrl.IdnHost.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
