using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;
using SpineBot.Adapter;
using SpineBot.Conversation;
using SpineBot.DirectLine;
using SpineBot.Health;
using SpineBot.Messages;
using SpineBot.Staff;
using SpineBot.Storage;
using SpineBot.Storage.State;
using SpineBot.WebChat;

namespace SpineBot.Hosting;

/// <summary>
/// Registers the bot's services: Bot Framework authentication, the adapter, state and the endpoints' helpers.
/// </summary>
internal static class SpineBotServiceCollectionExtensions
{
    public static IServiceCollection AddSpineBot(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        services.AddSingleton(TimeProvider.System);

        // First of all start-up filters, so that the security headers wrap even the framework's host filtering.
        services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, SecurityStartupFilter>());
        services.AddBotFrameworkAdapter(configuration);
        services.AddSpineBotTelemetry(configuration);
        services.AddBotStorage(configuration);
        services.AddSingleton<ConversationState, StoredFormConversationState>();
        services.AddRunnerConversation(configuration);
        services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.SectionName);
        services.AddSingleton<StaffApiKeyFilter>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        services.AddClinicWebsite(configuration);
        services.AddEmbeddedDirectLine(configuration);
        return services;
    }

    /// <summary>
    /// Authentication from the <c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c> and
    /// <c>MicrosoftAppTenantId</c> settings (no app id: no authentication, for local use and the Emulator), and the
    /// adapter with its error handler.
    /// </summary>
    public static IServiceCollection AddBotFrameworkAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MessagesEndpointOptions>().BindConfiguration(MessagesEndpointOptions.SectionName);
        services.AddSingleton<ActivityRequestReader>();
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddSingleton<ITurnFailureReply, ClinicTurnFailureReply>();
        services.AddSingleton<IValidateOptions<BotIdentityOptions>, BotIdentityOptionsValidator>();
        services.AddOptions<BotIdentityOptions>().Bind(configuration).ValidateOnStart();
        // The connector and user-token clients CloudAdapter makes for every turn are built only when used.
        services.AddSingleton<BotFrameworkAuthentication>(provider => new OnDemandBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication(
            configuration,
            logger: provider.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>())));
        services.AddSingleton<SpineBotAdapter>();
        services.AddSingleton<CloudAdapter>(provider => provider.GetRequiredService<SpineBotAdapter>());
        services.AddSingleton<IBotFrameworkHttpAdapter>(provider => provider.GetRequiredService<SpineBotAdapter>());
        return services;
    }
}
