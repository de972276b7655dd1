using SpineBot.Conversation.Records;

namespace SpineBot.Conversation.Tests.Registration;

/// <summary>
/// The conversation owns what it needs from a store (its ports) and knows no storage backend, so it can be built,
/// tested and hosted with any store that implements them.
/// </summary>
public sealed class RecordPortsTests
{
    [Fact]
    public void The_conversation_does_not_depend_on_a_storage_backend()
    {
        var references = typeof(ICallbackRequestStore).Assembly.GetReferencedAssemblies().Select(name => name.Name);

        Assert.DoesNotContain("SpineBot.Storage", references);
    }

    [Theory]
    [InlineData(typeof(ICallbackRequestStore))]
    [InlineData(typeof(IFeedbackStore))]
    [InlineData(typeof(IConversationTranscripts))]
    [InlineData(typeof(StorageConflictException))]
    [InlineData(typeof(StorageUnavailableException))]
    public void Every_record_port_is_declared_by_the_conversation(Type port)
    {
        Assert.Equal("SpineBot.Conversation", port.Assembly.GetName().Name);
        Assert.Equal("SpineBot.Conversation.Records", port.Namespace);
    }
}
