namespace SpineBot.Resilience.Tests.BadInput;

/// <summary>What a piece of bad input should get from the bot (never a 5xx, whatever it is).</summary>
internal enum ExpectedAnswer
{
    /// <summary>The given 4xx, with a reason in the body (problem+json <c>detail</c> or <c>{"error":…}</c>).</summary>
    Refused,

    /// <summary>A 200 with a friendly message for the runner: no error message, no raw markup.</summary>
    Answered,

    /// <summary>A 2xx with no message: nothing for the runner to read (a typing indicator, an unknown type).</summary>
    NoReply,

    /// <summary>The invoke is refused with a 4xx and a reason, in the HTTP response or in the expect-replies invoke response.</summary>
    InvokeRefused,

    /// <summary>
    /// The given 4xx, from the web server (Kestrel) before the bot sees the request, or from the bot with a reason:
    /// the server's own refusals (a malformed Host header) have no body.
    /// </summary>
    RefusedBeforeTheBot,

    /// <summary>Either a 4xx with a reason or a friendly answer: both are fine for input no real channel sends.</summary>
    RefusedOrAnswered,
}
