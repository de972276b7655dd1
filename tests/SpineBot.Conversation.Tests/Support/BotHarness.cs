using SpineBot.Conversation.Records;
using System.Diagnostics.Metrics;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using SpineBot.Content;
using SpineBot.Content.Loading;
using SpineBot.Conversation.Telemetry;

namespace SpineBot.Conversation.Tests.Support;

/// <summary>
/// The bot as the host runs it: the real content from dialogs/, AddRunnerConversation, its middleware on a
/// TestAdapter, state in a storage that round-trips through JSON, a fake clock on Wednesday 25 November 2026, 10:00 in
/// Santa Monica. Each harness is one conversation.
/// </summary>
internal sealed class BotHarness : IDisposable
{
    public static readonly TimeSpan PacificOffset = TimeSpan.FromHours(-8);
    public static readonly DateTimeOffset Wednesday = new(2026, 11, 25, 10, 0, 0, PacificOffset);

    // The shipped content of every language, loaded and checked once for every conversation of the test run.
    private static readonly Lazy<ContentLanguages> ShippedLanguages = new(() => ContentLanguages.Load(RepositoryFolders.Dialogs));

    private readonly ServiceProvider _services;
    private readonly IBot _bot;
    private readonly List<MetricCollector<long>> _collectors = [];

    // configure registers services first (the harness's own registrations win where both register one).
    public BotHarness(string channelId = "test", string? conversationType = null, IStorage? storage = null, Action<IServiceCollection>? configure = null, string? locale = null)
    {
        Locale = locale;
        Storage = storage ?? new JsonRoundTripStorage();
        var services = new ServiceCollection();
        configure?.Invoke(services);
        services
            .AddLogging()
            .AddSingleton(Storage)
            .AddSingleton<ConversationState>()
            .AddSingleton<ICallbackRequestStore>(Callbacks)
            .AddSingleton<IFeedbackStore>(Feedback)
            .AddSingleton<TimeProvider>(Time);
        services.AddRunnerConversation(ShippedLanguages.Value);
        _services = services.BuildServiceProvider();
        _bot = _services.GetRequiredService<IBot>();
        Content = _services.GetRequiredService<ClinicContent>();

        var reference = TestAdapter.CreateConversation($"conversation-{Guid.NewGuid():N}");
        reference.ChannelId = channelId;
        reference.Conversation.ConversationType = conversationType;
        Adapter = new TestAdapter(reference);
        if (locale is not null)
        {
            Adapter.Locale = locale;
        }
        foreach (var middleware in _services.GetServices<IMiddleware>())
        {
            Adapter.Use(middleware);
        }
    }

    public FakeTimeProvider Time { get; } = new(Wednesday.ToUniversalTime());

    /// <summary>The locale every activity carries (as Web Chat and Teams send it), or <c>null</c>.</summary>
    public string? Locale { get; }

    /// <summary>The Spanish content (dialogs/es).</summary>
    public static ClinicContent Spanish => ShippedLanguages.Value.Find("es")!;

    public IStorage Storage { get; }

    public RecordedCallbacks Callbacks { get; } = new();

    public RecordedFeedback Feedback { get; } = new();

    public ClinicContent Content { get; }

    public TestAdapter Adapter { get; }

    public IServiceProvider Services => _services;

    /// <summary>The bot's turn handler, for TestFlow scripts.</summary>
    public BotCallbackHandler Turn => _bot.OnTurnAsync;

    /// <summary>Every turn so far: what the runner said and what the bot answered.</summary>
    public TranscriptRecorder Transcript { get; } = new();

    /// <summary>Listens to one of SpineBot's counters from now on.</summary>
    public MetricCollector<long> Counter(string instrument)
    {
        var collector = new MetricCollector<long>(_services.GetRequiredService<IMeterFactory>(), ConversationTelemetry.Name, instrument);
        _collectors.Add(collector);
        return collector;
    }

    /// <summary>The runner types (or taps a button that sends) <paramref name="text"/>.</summary>
    public Task<Replies> SayAsync(string text)
    {
        var activity = Adapter.MakeActivity(text);
        Transcript.Runner(text);
        return SendAsync(activity);
    }

    /// <summary>
    /// Answers <paramref name="answer"/> ("No") to each group of the safety check while the bot asks one; returns the
    /// replies to the last answer.
    /// </summary>
    public async Task<Replies> PassSafetyCheckAsync(string answer = "No")
    {
        var check = Content.RedFlags.SafetyCheck!;
        Replies replies;
        var turns = 0;
        do
        {
            replies = await SayAsync(answer);
        }
        while (check.Asks(replies.Last) && ++turns < 10);
        return replies;
    }

    /// <summary>Sends any activity from the runner and returns the bot's replies.</summary>
    public async Task<Replies> SendAsync(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.LocalTimestamp ??= Time.GetUtcNow().ToOffset(PacificOffset);
        await Adapter.ProcessActivityAsync(activity, _bot.OnTurnAsync, CancellationToken.None);
        var replies = new List<IActivity>();
        while (Adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }

        Transcript.Bot(replies);
        return new Replies(replies);
    }

    /// <summary>A conversationUpdate adding <paramref name="members"/> (e.g. the user, the bot, or both).</summary>
    public Activity MembersAdded(params ChannelAccount[] members)
    {
        var activity = Adapter.MakeActivity();
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.Text = null;
        activity.MembersAdded = members;
        return activity;
    }

    public ChannelAccount User => Adapter.Conversation.User;

    public ChannelAccount BotAccount => Adapter.Conversation.Bot;

    /// <summary>The event Web Chat sends when the widget opens.</summary>
    public Activity WebChatJoin()
    {
        var activity = Adapter.MakeActivity();
        activity.Type = ActivityTypes.Event;
        activity.Text = null;
        activity.Name = "webchat/join";
        return activity;
    }

    public void Dispose()
    {
        foreach (var collector in _collectors)
        {
            collector.Dispose();
        }

        _services.Dispose();
    }
}
