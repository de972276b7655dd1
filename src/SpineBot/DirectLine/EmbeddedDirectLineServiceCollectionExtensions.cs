using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SpineBot.Conversation.Privacy;
using SpineBot.DirectLine.Conversations;
using SpineBot.DirectLine.PageToken;
using SpineBot.DirectLine.Protocol;
using SpineBot.DirectLine.Tokens;
using SpineBot.DirectLine.Turns;

namespace SpineBot.DirectLine;

/// <summary>
/// Registers the website chat's connection: the embedded Direct Line (in memory), the Azure Direct Line token
/// exchange, the per-address rate limit of token requests and the idle-conversation sweep.
/// </summary>
internal static class EmbeddedDirectLineServiceCollectionExtensions
{
    public static IServiceCollection AddEmbeddedDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName)).ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<IChatHistory, EmbeddedChatHistory>();
        services.AddSingleton<BearerAuthorization>();
        services.AddSingleton<ReconnectLimits>();
        services.AddSingleton<EmbeddedChannel>();
        services.AddSingleton<ActivityStream>();
        services.AddHostedService<IdleConversationSweep>();

        services.AddHttpClient(AzureDirectLineTokens.ClientName, client => client.Timeout = AzureDirectLineTokens.Timeout);
        services.AddSingleton<AzureDirectLineTokens>();
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, TokenRequestRateLimit>(TokenRequestRateLimit.PolicyName));
        return services;
    }
}
