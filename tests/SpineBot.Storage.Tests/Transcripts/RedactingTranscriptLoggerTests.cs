using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using SpineBot.Conversation.Records;
using SpineBot.Storage.Sqlite;
using SpineBot.Storage.Transcripts;

namespace SpineBot.Storage.Tests.Transcripts;

public sealed class RedactingTranscriptLoggerTests : IDisposable
{
    private const string ConversationId = "conversation-1";

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly ITranscriptArchive _archive;
    private readonly RedactingTranscriptLogger _logger;

    public RedactingTranscriptLoggerTests()
    {
        _archive = StorageBackend.ForSqlite(new SqliteDatabase(_folder.File("transcripts.db"), SqliteDatabase.DefaultBusyTimeout), NullLoggerFactory.Instance).Transcripts;
        _logger = new RedactingTranscriptLogger(_archive, _time, NullLogger<RedactingTranscriptLogger>.Instance);
    }

    [Fact]
    public async Task A_name_and_phone_number_the_runner_gives_are_redacted_in_every_later_line()
    {
        await _logger.LogActivityAsync(FromRunner("Hi, my name is Sarah Jones and my lower back hurts"));
        await _logger.LogActivityAsync(FromBot("Sorry to hear that, Sarah. Can the clinic call you back?"));
        await _logger.LogActivityAsync(FromRunner("yes, 310 555 0199 works"));

        Assert.Equal(
            ["Hi, my name is [name] and my lower back hurts", "Sorry to hear that, [name]. Can the clinic call you back?", "yes, [phone] works"],
            await TextsAsync());
    }

    [Fact]
    public async Task The_answer_to_the_bots_question_for_a_name_is_redacted_and_so_are_later_mentions()
    {
        await _logger.LogActivityAsync(FromBot("What name should the clinic ask for?"));
        await _logger.LogActivityAsync(FromRunner("Maria Lopez"));
        await _logger.LogActivityAsync(FromBot("Thanks, Maria. We will call you."));

        Assert.Equal(["What name should the clinic ask for?", "[name]", "Thanks, [name]. We will call you."], await TextsAsync());
    }

    [Fact]
    public async Task The_runners_account_name_is_redacted_and_never_kept()
    {
        await _logger.LogActivityAsync(FromRunner("Jordan here, sore after a half marathon", accountName: "Jordan Smith"));
        await _logger.LogActivityAsync(FromBot("Hello Jordan Smith!", recipientName: "Jordan Smith"));

        var lines = await _archive.ListAsync(ConversationId);
        Assert.Equal(["[name] here, sore after a half marathon", "Hello [name]!"], lines.Select(line => line.Text));
        Assert.Equal(["user", "bot"], lines.Select(line => line.Role));
    }

    [Fact]
    public async Task Card_contents_and_typing_indicators_are_not_kept()
    {
        var card = FromBot(null);
        card.Attachments = [new Attachment("application/vnd.microsoft.card.hero", content: new HeroCard("Call 310-828-7757"))];
        await _logger.LogActivityAsync(card);
        await _logger.LogActivityAsync(new Activity(ActivityTypes.Typing) { Conversation = new ConversationAccount(id: ConversationId) });

        var line = Assert.Single(await _archive.ListAsync(ConversationId));
        Assert.Null(line.Text);
        Assert.Equal(["application/vnd.microsoft.card.hero"], line.AttachmentTypes);
    }

    [Fact]
    public async Task When_the_store_is_down_the_turn_goes_on_and_the_log_holds_no_message_text()
    {
        var log = new FakeLogger<RedactingTranscriptLogger>();
        var logger = new RedactingTranscriptLogger(new UnavailableArchive(), _time, log);

        await logger.LogActivityAsync(FromRunner("my name is Sarah, 310-555-0199"));

        var record = Assert.Single(log.Collector.GetSnapshot());
        Assert.DoesNotContain("Sarah", record.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0199", record.Message, StringComparison.Ordinal);
        Assert.Contains("message", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Through_the_sdks_transcript_middleware_a_conversation_is_kept_redacted()
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation(ConversationId, user: "Jordan Smith"))
            .Use(new TranscriptLoggerMiddleware(_logger));

        await new TestFlow(adapter, (turn, cancellationToken) =>
                turn.SendActivityAsync("Thanks Jordan, the clinic's number is 310-828-7757.", cancellationToken: cancellationToken))
            .Send("I'm Jordan, my back hurts after running")
            .AssertReply("Thanks Jordan, the clinic's number is 310-828-7757.")
            .StartTestAsync();

        await Eventually.TrueAsync(async () => (await _archive.ListAsync(ConversationId)).Count == 2, "both lines were kept");
        Assert.Equal(
            ["I'm [name], my back hurts after running", "Thanks [name], the clinic's number is [phone]."],
            await TextsAsync());
    }

    public void Dispose() => _folder.Dispose();

    private static Activity FromRunner(string text, string accountName = "User") => new(ActivityTypes.Message)
    {
        Text = text,
        ChannelId = "webchat",
        Conversation = new ConversationAccount(id: ConversationId),
        From = new ChannelAccount("runner-1", accountName, RoleTypes.User),
        Recipient = new ChannelAccount("spinebot", "SpineBot", RoleTypes.Bot),
    };

    private static Activity FromBot(string? text, string recipientName = "User") => new(ActivityTypes.Message)
    {
        Text = text,
        ChannelId = "webchat",
        Conversation = new ConversationAccount(id: ConversationId),
        From = new ChannelAccount("spinebot", "SpineBot", RoleTypes.Bot),
        Recipient = new ChannelAccount("runner-1", recipientName, RoleTypes.User),
    };

    private async Task<IEnumerable<string?>> TextsAsync() => (await _archive.ListAsync(ConversationId)).Select(line => line.Text);

    private sealed class UnavailableArchive : ITranscriptArchive
    {
        public Task AddAsync(TranscriptEntry entry, CancellationToken cancellationToken = default) =>
            throw new StorageUnavailableException("The store is down.");

        public Task<IReadOnlyList<TranscriptEntry>> ListAsync(string conversationId, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<int> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
