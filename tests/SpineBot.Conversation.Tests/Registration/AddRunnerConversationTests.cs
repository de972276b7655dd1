using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SpineBot.Content.Loading;
using SpineBot.Conversation.Records;
using SpineBot.Conversation.Telemetry;
using SpineBot.Conversation.Tests.Support;
using SpineBot.Conversation.Turns;

namespace SpineBot.Conversation.Tests.Registration;

public sealed class AddRunnerConversationTests
{
    [Fact]
    public void Broken_content_stops_the_start_with_an_error_naming_the_file_and_the_entry()
    {
        using var copy = new DialogsCopy();
        var messages = File.ReadAllText(copy.PathOf("messages.json"));
        File.WriteAllText(copy.PathOf("messages.json"), messages.Replace("\"help\":", "\"helpp\":", StringComparison.Ordinal));

        var error = Assert.Throws<ContentValidationException>(() => new ServiceCollection().AddRunnerConversation(Configuration(copy.Root)));

        Assert.Contains("messages.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown member 'helpp'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_names_the_file()
    {
        using var copy = new DialogsCopy();
        File.WriteAllText(copy.PathOf("causes.json"), "{ \"causes\": [ ");

        var error = Assert.Throws<ContentValidationException>(() => new ServiceCollection().AddRunnerConversation(Configuration(copy.Root)));

        Assert.Contains("causes.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_dialogs_folder_that_does_not_exist_stops_the_start()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-dialogs-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<ContentValidationException>(() => new ServiceCollection().AddRunnerConversation(Configuration(missing)));

        Assert.Contains(DialogsFolder.PathConfigurationKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Telemetry_runs_outside_the_turn_outbox_in_that_order()
    {
        using var provider = Build();

        var middleware = provider.GetServices<IMiddleware>().Select(item => item.GetType()).ToList();

        Assert.Equal([typeof(TurnTelemetryMiddleware), typeof(TurnOutboxMiddleware)], middleware);
    }

    [Fact]
    public void Everything_the_bot_needs_resolves_with_the_hosts_services()
    {
        using var provider = Build();

        Assert.Equal("MultilingualRunnerBot", provider.GetRequiredService<IBot>().GetType().Name);
        Assert.NotNull(provider.GetRequiredService<ConversationTelemetry>());
        var languages = provider.GetRequiredService<Languages.LanguageConversations>();
        Assert.Equal("es", languages.For("es").Bot is not null ? languages.For("es").Content.Language : null);
        Assert.Equal("en", languages.For("en").Content.Language);
    }

    private static ServiceProvider Build()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IStorage>(new JsonRoundTripStorage())
            .AddSingleton<ConversationState>()
            .AddSingleton<ICallbackRequestStore>(new RecordedCallbacks())
            .AddSingleton<IFeedbackStore>(new RecordedFeedback())
            .AddSingleton(TimeProvider.System);
        services.AddRunnerConversation(Configuration(RepositoryFolders.Dialogs));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static IConfiguration Configuration(string dialogsPath) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DialogsFolder.PathConfigurationKey] = dialogsPath })
            .Build();
}
