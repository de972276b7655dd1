using Microsoft.Extensions.DependencyInjection;
using SpineBot.Content;
using SpineBot.Content.Loading;

namespace SpineBot.Conversation.Languages;

/// <summary>
/// The conversation in every language of the content, built on first use. Each language's graph gets that language's
/// content and every other service from the host's container (state, stores, clock, telemetry, loggers).
/// </summary>
internal sealed class LanguageConversations : IDisposable
{
    private readonly Lazy<IReadOnlyDictionary<string, LanguageConversation>> _conversations;

    public LanguageConversations(ContentLanguages languages, IServiceProvider host, SharedServices shared)
    {
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(shared);
        Languages = languages;
        _conversations = new(() => languages.All.ToDictionary(
            content => content.Language,
            content => Build(content, host, shared),
            StringComparer.Ordinal));
    }

    public ContentLanguages Languages { get; }

    /// <summary>The default language's code ("en").</summary>
    public string DefaultLanguage => Languages.Default.Language;

    public bool IsAvailable(string language) => _conversations.Value.ContainsKey(language);

    /// <summary>The conversation in <paramref name="language"/>, or in the default language when it is not shipped.</summary>
    public LanguageConversation For(string? language) =>
        language is not null && _conversations.Value.TryGetValue(language, out var conversation)
            ? conversation
            : _conversations.Value[DefaultLanguage];

    public void Dispose()
    {
        if (_conversations.IsValueCreated)
        {
            foreach (var conversation in _conversations.Value.Values)
            {
                conversation.Dispose();
            }
        }
    }

    private static LanguageConversation Build(ClinicContent content, IServiceProvider host, SharedServices shared)
    {
        var services = new ServiceCollection();
        shared.ForwardTo(services, host);
        services.AddSingleton(content);
        ConversationServiceCollectionExtensions.AddLanguageParts(services);
        return new LanguageConversation(content, services.BuildServiceProvider());
    }
}
