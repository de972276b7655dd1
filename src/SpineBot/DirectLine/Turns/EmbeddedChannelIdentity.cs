using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;

namespace SpineBot.DirectLine.Turns;

/// <summary>
/// The claims identity the embedded Direct Line's turns run with. The request was authenticated by this bot's own
/// token, so the adapter is handed an identity for the bot's app id (one it accepts, as for proactive turns), or the
/// anonymous identity when the bot runs without an app id.
/// </summary>
internal static class EmbeddedChannelIdentity
{
    public const string AuthenticationType = "embedded-directline";

    public static ClaimsIdentity For(string? appId)
    {
        if (string.IsNullOrWhiteSpace(appId))
        {
            return new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType);
        }

        return new ClaimsIdentity(
            [
                new Claim(AuthenticationConstants.AudienceClaim, appId),
                new Claim(AuthenticationConstants.AppIdClaim, appId),
            ],
            AuthenticationType);
    }
}
