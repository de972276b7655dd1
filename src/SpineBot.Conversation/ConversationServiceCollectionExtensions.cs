using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SpineBot.Content;
using SpineBot.Content.Loading;
using SpineBot.Conversation.Bot;
using SpineBot.Conversation.Callback;
using SpineBot.Conversation.Closing;
using SpineBot.Conversation.Dialogs;
using SpineBot.Conversation.Explanation;
using SpineBot.Conversation.Interruptions;
using SpineBot.Conversation.Handoff;
using SpineBot.Conversation.Intake;
using SpineBot.Conversation.Questions;
using SpineBot.Conversation.Safety;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Telemetry;
using SpineBot.Conversation.Turns;
using SpineBot.Conversation.Welcome;
using SpineBot.Conversation.Wording;

namespace SpineBot.Conversation;

/// <summary>
/// Registers the runner's conversation: content, dialogs, the bot and its turn middleware.
/// </summary>
public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the runner conversation. The host adds every registered <see cref="IMiddleware"/> to the adapter, in the
    /// order registered here. Loads and checks the content under <c>dialogs/</c> now, so that broken content stops the
    /// start with a <see cref="ContentValidationException"/> naming each file and entry. Expects the host to register
    /// IStorage, ConversationState, ICallbackRequestStore, IFeedbackStore and TimeProvider.
    /// </summary>
    /// <exception cref="ContentValidationException">The content files are missing, malformed or inconsistent.</exception>
    public static IServiceCollection AddRunnerConversation(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var dialogsFolder = DialogsFolder.Locate(configuration[DialogsFolder.PathConfigurationKey], AppContext.BaseDirectory);
        var content = ContentLoader.Load(dialogsFolder, configuration[DialogsFolder.LanguageConfigurationKey] ?? ContentLoader.DefaultLanguage);
        return services.AddRunnerConversation(content);
    }

    /// <summary>
    /// Adds the runner conversation on content already loaded and checked (one load can serve many hosts, as in tests).
    /// </summary>
    public static IServiceCollection AddRunnerConversation(this IServiceCollection services, ClinicContent content)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(content);

        services.AddSingleton(content);

        services.AddMetrics();
        services.AddSingleton<ConversationTelemetry>();

        // Outermost first: telemetry sees the whole turn, retries included.
        services.AddSingleton<IMiddleware, TurnTelemetryMiddleware>();
        services.AddSingleton<DeliveredTranscript>();
        services.AddSingleton<IMiddleware, TurnOutboxMiddleware>();

        services.AddSingleton<RunnerMemory>();
        services.AddSingleton<Privacy.ConversationErasure>();
        services.AddSingleton<RunnerWelcome>();
        services.AddSingleton<ReportLines>();
        services.AddSingleton<CorrectionSayBack>();
        services.AddSingleton<AnswerReader>();
        services.AddSingleton<EmergencyResponse>();
        services.AddSingleton<LatchedAdvice>();
        services.AddSingleton<CauseExplanation>();
        services.AddSingleton<ClinicCard>();
        AddDialogs(services);
        services.AddSingleton<IBot, RunnerBot>();
        return services;
    }

    private static void AddDialogs(IServiceCollection services)
    {
        services.AddSingleton<SafetyCheckDialog>();
        services.AddSingleton<IntakeDialog>();
        services.AddSingleton<QuestionsDialog>();
        services.AddSingleton<PersistentPainDialog>();
        services.AddSingleton<CallbackRequestDialog>();
        services.AddSingleton<ClinicHandoffDialog>();
        services.AddSingleton<ClosingDialog>();
        services.AddSingleton<RunnerDialog>();

        // Every interruption in this assembly: adding one is adding its class.
        foreach (var type in typeof(IInterruption).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IInterruption).IsAssignableFrom(type)))
        {
            services.AddSingleton(typeof(IInterruption), type);
        }
    }
}
