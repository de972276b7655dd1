using SpineBot.Content.Templates;

namespace SpineBot.Content.Messages;

/// <summary>What the bot says about what it remembers ("what do you know", "forget me").</summary>
public sealed record MemoryMessages
{
    /// <summary>Heads the list of what the bot remembers from this conversation.</summary>
    public required string WhatIKnow { get; init; }

    /// <summary>Said when the bot remembers nothing yet.</summary>
    public required string NothingYet { get; init; }

    /// <summary>How to delete it ("say forget me").</summary>
    public required string ForgetHint { get; init; }

    /// <summary>Confirms that the conversation's memory was deleted.</summary>
    public required string Forgotten { get; init; }

    /// <summary>Lists what else "forget me" deleted ({items}).</summary>
    public required MessageTemplate AlsoDeleted { get; init; }

    /// <summary>The names of what "forget me" can delete besides the conversation.</summary>
    public required ForgottenRecords Records { get; init; }

    /// <summary>Said when staff had already marked one of the deleted call-back requests done.</summary>
    public required string CallbackAlreadyDone { get; init; }

    /// <summary>Closes the "forget me" reply: how to start again.</summary>
    public required string AfterForgetting { get; init; }
}
