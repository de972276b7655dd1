using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SpineBot.DirectLine.Tokens;

namespace SpineBot.DirectLine.PageToken;

/// <summary>
/// Exchanges the <c>DirectLine:Secret</c> with Azure Direct Line for a token bound to a new generated user id
/// (<c>dl_...</c>), so the secret never reaches the browser. Uses the named client <see cref="ClientName"/>.
/// </summary>
internal sealed partial class AzureDirectLineTokens(
    IHttpClientFactory clients,
    IOptions<DirectLineOptions> options,
    ILogger<AzureDirectLineTokens> logger)
{
    public const string ClientName = "AzureDirectLine";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>Azure's token, or null when Azure did not issue one (logged, without the secret).</summary>
    public async Task<AzureTokenResponse?> GenerateAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var client = clients.CreateClient(ClientName);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.Endpoint.TrimEnd('/') + "/v3/directline/tokens/generate"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Secret);
        request.Content = JsonContent.Create(new { user = new { id = UrlSafeRandom.UserId() } });

        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(logger, (int)response.StatusCode);
                return null;
            }

            var token = await response.Content.ReadFromJsonAsync<AzureTokenResponse>(cancellationToken);
            if (string.IsNullOrWhiteSpace(token?.Token) || string.IsNullOrWhiteSpace(token.ConversationId))
            {
                LogUnreadable(logger, null);
                return null;
            }

            return token;
        }
        catch (JsonException exception)
        {
            LogUnreadable(logger, exception);
            return null;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(logger, exception);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure Direct Line refused to issue a token with {StatusCode}")]
    private static partial void LogRefused(ILogger logger, int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure Direct Line answered with something that is not a token")]
    private static partial void LogUnreadable(ILogger logger, Exception? exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure Direct Line could not be reached")]
    private static partial void LogUnreachable(ILogger logger, Exception exception);
}
