using System.ComponentModel;
namespace SpineBot.Content.Messages;

/// <summary>messages.json "memory": what the bot knows and forgets.</summary>
[Description("messages.json \"memory\": what the bot knows and forgets.")]
internal sealed record MemoryJson
{
    public string? WhatIKnow { get; init; }

    public string? NothingYet { get; init; }

    public string? ForgetHint { get; init; }

    public string? Forgotten { get; init; }

    public string? AlsoDeleted { get; init; }

    public string? DeletedCallbackRequest { get; init; }

    public string? DeletedFeedback { get; init; }

    public string? DeletedTranscript { get; init; }

    public string? DeletedChatHistory { get; init; }

    public string? CallbackAlreadyDone { get; init; }

    public string? AfterForgetting { get; init; }
}
