using Microsoft.Bot.Builder;

namespace SpineBot.Storage.Tests.Contracts;

/// <summary>An item with an ETag, as the bot's state objects are.</summary>
public sealed class StoredNote : IStoreItem
{
    public string? Text { get; set; }

    public int Revision { get; set; }

    public string ETag { get; set; } = string.Empty;
}
