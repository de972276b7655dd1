using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpineBot.Conversation.Records;
using SpineBot.Storage.Configuration;
using SpineBot.Storage.Health;
using SpineBot.Storage.Records;
using SpineBot.Storage.Transcripts;

namespace SpineBot.Storage;

/// <summary>
/// Registers the bot's durable storage from configuration.
/// </summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IStorage"/>, <see cref="ICallbackRequestStore"/>, <see cref="IFeedbackStore"/>,
    /// <see cref="IConversationTranscripts"/> and
    /// <see cref="IStorageHealth"/> (singletons, one backend), the retention service, and — when
    /// <c>Transcripts:Enabled</c> is true — an <see cref="ITranscriptLogger"/> (<see cref="RedactingTranscriptLogger"/>).
    /// </summary>
    /// <remarks>
    /// <c>Storage:Provider</c> chooses the backend: "Sqlite" (default; <c>Storage:Sqlite:Path</c>, default
    /// <c>$SPINEBOT_DATA_DIR/spinebot.db</c> or <c>{ContentRoot}/App_Data/spinebot.db</c>) or "AzureBlob"
    /// (<c>Storage:AzureBlob:ConnectionString</c>, <c>Storage:AzureBlob:Container</c>). A setting that cannot work
    /// stops the host at start with an <see cref="OptionsValidationException"/> naming it.
    /// </remarks>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .PostConfigure<IServiceProvider>((options, provider) =>
            {
                var contentRoot = provider.GetService<IHostEnvironment>()?.ContentRootPath;
                options.Sqlite.Path = SqlitePathResolver.Resolve(
                    options.Sqlite,
                    configuration,
                    string.IsNullOrEmpty(contentRoot) ? AppContext.BaseDirectory : contentRoot);
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());

        services.AddSingleton(provider => StorageBackend.Create(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value,
            provider.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(provider => provider.GetRequiredService<StorageBackend>().State);
        services.AddSingleton(provider => provider.GetRequiredService<StorageBackend>().CallbackRequests);
        services.AddSingleton(provider => provider.GetRequiredService<StorageBackend>().Feedback);
        services.AddSingleton(provider => provider.GetRequiredService<StorageBackend>().Transcripts);
        services.AddSingleton<IConversationTranscripts>(provider => provider.GetRequiredService<StorageBackend>().Transcripts);
        services.AddSingleton(provider => provider.GetRequiredService<StorageBackend>().Health);
        services.AddHostedService<RecordRetention>();

        var transcripts = configuration.GetSection(TranscriptOptions.SectionName).Get<TranscriptOptions>() ?? new TranscriptOptions();
        if (transcripts.Enabled)
        {
            services.AddSingleton<ITranscriptLogger>(provider => new RedactingTranscriptLogger(
                provider.GetRequiredService<ITranscriptArchive>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<RedactingTranscriptLogger>>()));
        }

        return services;
    }
}
