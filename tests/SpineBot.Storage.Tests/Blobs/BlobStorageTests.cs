using Azure.Storage.Blobs;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using SpineBot.Conversation.Records;
using SpineBot.Storage.Blobs;
using SpineBot.Storage.State;
using SpineBot.Storage.Tests.Azurite;
using SpineBot.Storage.Tests.Contracts;

namespace SpineBot.Storage.Tests.Blobs;

/// <summary>What only the Azure Blob backend has to do: its container, and outages of Azure Storage.</summary>
[Collection(AzuriteTests.Name)]
[NeedsAzurite]
public sealed class BlobStorageTests(AzuriteFixture azurite)
{
    private readonly string _container = AzuriteFixture.NewContainerName();

    [StorageFact]
    public async Task A_conversation_saved_once_a_turn_reads_back_and_an_unchanged_turn_keeps_its_etag()
    {
        var state = new StoredFormConversationState(new BlobStorage(azurite.ConnectionString, _container));
        var answer = state.CreateProperty<string>("lastAnswer");
        var first = await TurnAsync(state);
        await answer.SetAsync(first, "lower back");
        await state.SaveChangesAsync(first);

        var second = await TurnAsync(state);
        var etag = state.GetCachedState(second).State["eTag"];
        Assert.Equal("lower back", await answer.GetAsync(second, () => "nothing"));
        await state.SaveChangesAsync(second);

        var third = await TurnAsync(new ConversationState(new BlobStorage(azurite.ConnectionString, _container)));
        Assert.Equal(etag, third.TurnState.Get<BotState.CachedBotState>(nameof(ConversationState)).State["eTag"]);
        Assert.Equal("lower back", third.TurnState.Get<BotState.CachedBotState>(nameof(ConversationState)).State["lastAnswer"]);
    }

    [StorageFact]
    public async Task The_container_is_created_on_first_use()
    {
        var storage = new BlobStorage(azurite.ConnectionString, _container);

        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new StoredNote() });

        Assert.True((await azurite.ContainerClient(_container).ExistsAsync()).Value);
    }

    [StorageFact]
    public async Task A_container_deleted_meanwhile_is_created_again()
    {
        var storage = new BlobStorage(azurite.ConnectionString, _container);
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new StoredNote { Revision = 1 } });
        await azurite.ContainerClient(_container).DeleteAsync();

        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new StoredNote { Revision = 2 } });

        Assert.Equal(2, Assert.IsType<StoredNote>((await storage.ReadAsync(["note"]))["note"]).Revision);
    }

    [StorageFact]
    public async Task While_azure_storage_is_down_operations_fail_clearly_and_resume_when_it_is_back()
    {
        var backend = StorageBackend.ForAzureBlob(BlobContainer.Connect(azurite.ConnectionString, _container), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        await backend.State.WriteAsync(new Dictionary<string, object> { ["conversation"] = new StoredNote { Text = "before the outage" } });
        Assert.True(await backend.Health.IsHealthyAsync());

        await azurite.StopAsync();
        try
        {
            await Assert.ThrowsAsync<StorageUnavailableException>(() => backend.State.ReadAsync(["conversation"]));
            await Assert.ThrowsAsync<StorageUnavailableException>(
                () => backend.State.WriteAsync(new Dictionary<string, object> { ["conversation"] = new StoredNote { Text = "during" } }));
            Assert.False(await backend.Health.IsHealthyAsync());
        }
        finally
        {
            await azurite.StartAsync();
        }

        Assert.True(await backend.Health.IsHealthyAsync());
        var read = Assert.IsType<StoredNote>((await backend.State.ReadAsync(["conversation"]))["conversation"]);
        Assert.Equal("before the outage", read.Text);
    }

    [StorageFact]
    public async Task State_and_records_live_under_their_own_prefixes_in_one_container()
    {
        var backend = StorageBackend.ForAzureBlob(BlobContainer.Connect(azurite.ConnectionString, _container), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        await backend.State.WriteAsync(new Dictionary<string, object> { ["webchat/conversations/c1"] = new StoredNote() });
        await backend.Feedback.AddAsync(new FeedbackEntry("f1", "c1", true, null, DateTimeOffset.UnixEpoch));

        var names = new List<string>();
        await foreach (var blob in new BlobContainerClient(azurite.ConnectionString, _container).GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        Assert.Equal(["records/feedback/f1", "state/webchat~2Fconversations~2Fc1"], names.Order(StringComparer.Ordinal));
    }

    private static async Task<ITurnContext> TurnAsync(ConversationState state)
    {
        var activity = new Activity(ActivityTypes.Message) { ChannelId = "webchat", Conversation = new ConversationAccount(id: "blob-runner"), Text = "hello" };
        var turn = new TurnContext(new TestAdapter(), activity);
        await state.LoadAsync(turn);
        return turn;
    }
}
