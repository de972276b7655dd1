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
using SpineBot.Conversation.Languages;
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
    /// start with a <see cref="ContentValidationException"/> naming each file and entry. Every language folder
    /// (dialogs/en, dialogs/es, ...) is loaded and must match English (same ids, values and placeholders).
    /// Expects the host to register IStorage, ConversationState, ICallbackRequestStore, IFeedbackStore and TimeProvider.
    /// </summary>
    /// <exception cref="ContentValidationException">The content files are missing, malformed or inconsistent.</exception>
    public static IServiceCollection AddRunnerConversation(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var dialogsFolder = DialogsFolder.Locate(configuration[DialogsFolder.PathConfigurationKey], AppContext.BaseDirectory);
        var languages = ContentLanguages.Load(dialogsFolder).WithDefault(configuration[DialogsFolder.LanguageConfigurationKey]);
        return services.AddRunnerConversation(languages);
    }

    /// <summary>
    /// Adds the runner conversation in one language, on content already loaded and checked (as in tests).
    /// </summary>
    public static IServiceCollection AddRunnerConversation(this IServiceCollection services, ClinicContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return services.AddRunnerConversation(ContentLanguages.OnlyOne(content));
    }

    /// <summary>
    /// Adds the runner conversation in every language of <paramref name="languages"/> (one load can serve many hosts,
    /// as in tests). <see cref="ClinicContent"/> resolves to the default language's content.
    /// </summary>
    public static IServiceCollection AddRunnerConversation(this IServiceCollection services, ContentLanguages languages)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(languages);

        services.AddSingleton(languages);
        services.AddSingleton(languages.Default);

        services.AddMetrics();
        services.AddSingleton<ConversationTelemetry>();

        // Outermost first: telemetry sees the whole turn, retries included.
        services.AddSingleton<IMiddleware, TurnTelemetryMiddleware>();
        services.AddSingleton<DeliveredTranscript>();
        services.AddSingleton<IMiddleware, TurnOutboxMiddleware>();

        // The conversation in each language is its own small graph (LanguageConversations) with that language's
        // content; these host-level registrations serve tools and tests that ask for the default language's parts.
        AddLanguageParts(services);
        services.AddSingleton(new SharedServices(services, PerLanguageTypes()));
        services.AddSingleton<LanguageConversations>();
        services.AddSingleton<IBot, MultilingualRunnerBot>();
        return services;
    }

    /// <summary>
    /// Registers everything that speaks one language (it needs <see cref="ClinicContent"/>): one graph per language.
    /// The content is registered in focused parts (messages, questions, causes, red flags, ...); a class takes only the
    /// parts it uses. A new class that uses the content or another of these is registered here.
    /// </summary>
    internal static void AddLanguageParts(IServiceCollection services)
    {
        AddContentParts(services);
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
        services.AddSingleton<RunnerBot>();
    }

    /// <summary>The language's content in focused parts, so each class takes only what it uses.</summary>
    private static void AddContentParts(IServiceCollection services)
    {
        services.AddSingleton(provider => provider.GetRequiredService<ClinicContent>().Clinic);
        services.AddSingleton(provider => provider.GetRequiredService<ClinicContent>().Messages);
        services.AddSingleton(provider => provider.GetRequiredService<ClinicContent>().IntakeQuestions);
        services.AddSingleton(provider => provider.GetRequiredService<ClinicContent>().ArticleCauses);
        services.AddSingleton(provider => provider.GetRequiredService<ClinicContent>().RedFlags);
        services.AddSingleton(provider => provider.GetRequiredService<ClinicContent>().Handoff);
        services.AddSingleton(provider => provider.GetRequiredService<ClinicContent>().Callback);
        services.AddSingleton(provider => provider.GetRequiredService<ClinicContent>().Commands);
        services.AddSingleton(provider => provider.GetRequiredService<ClinicContent>().Triage);
        services.AddSingleton(provider => provider.GetRequiredService<ClinicContent>().Answers);
        services.AddSingleton(provider => provider.GetRequiredService<ClinicContent>().Summary);
    }

    private static HashSet<Type> PerLanguageTypes()
    {
        var parts = new ServiceCollection();
        AddLanguageParts(parts);
        var types = parts.Select(descriptor => descriptor.ServiceType).ToHashSet();
        types.UnionWith([typeof(ClinicContent), typeof(ContentLanguages), typeof(IBot), typeof(IMiddleware), typeof(SharedServices), typeof(LanguageConversations)]);
        return types;
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
