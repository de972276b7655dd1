using Microsoft.Extensions.Options;

namespace SpineBot.DirectLine;

/// <summary>
/// Stops the start, naming the setting, when the <c>DirectLine</c> settings cannot work.
/// </summary>
internal sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    // Web Chat refreshes its token every 15 minutes; a shorter lifetime would drop every idle chat.
    private static readonly TimeSpan WebChatRefreshInterval = TimeSpan.FromMinutes(15);

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var failures = new List<string>();
        if (options.UsesAzure && !IsUsableEndpoint(options.Endpoint))
        {
            failures.Add($"DirectLine:Endpoint '{options.Endpoint}' must be an absolute https URL (http only for localhost).");
        }

        if (options.TokenLifetime <= WebChatRefreshInterval || options.TokenLifetime > TimeSpan.FromDays(1))
        {
            failures.Add("DirectLine:TokenLifetime must be more than 15 minutes (Web Chat refreshes every 15) and at most one day.");
        }

        if (options.MaxActivitiesPerConversation is < 10 or > 100_000)
        {
            failures.Add("DirectLine:MaxActivitiesPerConversation must be between 10 and 100000.");
        }

        if (options.IdleConversationLifetime < TimeSpan.FromMinutes(1) || options.IdleConversationLifetime > TimeSpan.FromDays(7))
        {
            failures.Add("DirectLine:IdleConversationLifetime must be between one minute and seven days.");
        }

        if (options.TokenRequestsPerMinute is < 1 or > 100_000)
        {
            failures.Add("DirectLine:TokenRequestsPerMinute must be between 1 and 100000.");
        }

        if (options.RefreshesPerMinute is < 1 or > 10_000 || options.ReconnectsPerMinute is < 1 or > 10_000 || options.ClientRequestsPerMinute is < 1 or > 100_000)
        {
            failures.Add("DirectLine:RefreshesPerMinute and ReconnectsPerMinute must be between 1 and 10000, ClientRequestsPerMinute between 1 and 100000.");
        }

        if (options.MaxTotalLogChars < 1024 * 1024)
        {
            failures.Add("DirectLine:MaxTotalLogChars must be at least 1048576 (1 MB of activity JSON).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsUsableEndpoint(string? endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
        && string.IsNullOrEmpty(uri.Query)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
