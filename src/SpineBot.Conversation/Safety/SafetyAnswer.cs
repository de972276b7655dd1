namespace SpineBot.Conversation.Safety;

/// <summary>The runner's answer to the explicit safety check.</summary>
internal enum SafetyAnswer
{
    /// <summary>None of the warning signs.</summary>
    No,

    /// <summary>One of the warning signs: an emergency.</summary>
    Yes,

    /// <summary>Not sure (or no answer the bot could understand): play it safe.</summary>
    Unsure,
}
