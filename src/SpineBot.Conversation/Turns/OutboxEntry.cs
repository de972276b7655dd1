using Microsoft.Bot.Schema;

namespace SpineBot.Conversation.Turns;

/// <summary>
/// One thing a turn wants done once its state is saved: a reply to deliver, or work to run (a record write, a
/// counter) that may say one thing back when it has run (a confirmation, or an apology when the store is down).
/// </summary>
internal readonly record struct OutboxEntry(IActivity? Reply, Func<CancellationToken, Task<IActivity?>>? Work);
