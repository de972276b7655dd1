using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Telemetry;

namespace SpineBot.Conversation;

/// <summary>
/// Registers the runner's conversation: content, triage rules, dialogs, the bot and its turn middleware.
/// </summary>
public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the runner conversation. The host adds every registered <see cref="IMiddleware"/> to the adapter, in the
    /// order registered here.
    /// </summary>
    public static IServiceCollection AddRunnerConversation(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddMetrics();
        services.AddSingleton<ConversationTelemetry>();

        // Outermost first: telemetry sees the whole turn, retries included.
        services.AddSingleton<IMiddleware, TurnTelemetryMiddleware>();
        services.AddSingleton<IMiddleware, TurnRetryOnConflictMiddleware>();
        return services;
    }
}
