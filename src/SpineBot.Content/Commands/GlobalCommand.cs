namespace SpineBot.Content.Commands;

/// <summary>A command the runner can give at any point in the conversation.</summary>
public enum GlobalCommand
{
    /// <summary>Not a command.</summary>
    None,

    /// <summary>"help", "what can you do".</summary>
    Help,

    /// <summary>"cancel", "stop".</summary>
    Cancel,

    /// <summary>"start over", "restart".</summary>
    StartOver,

    /// <summary>"talk to the clinic", "book an appointment", "phone number", "can I talk to someone".</summary>
    TalkToClinic,

    /// <summary>"what do you know": what the bot remembers from this conversation.</summary>
    WhatDoYouKnow,

    /// <summary>"forget me": delete what the bot remembers from this conversation.</summary>
    ForgetMe,

    /// <summary>"privacy", "terms": what is kept and why.</summary>
    Privacy,
}
