using SpineBot.Content.Messages;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Wording;

/// <summary>Says back, in one line, what a correction changed ("Got it, I've updated that: How long: 3 weeks.").</summary>
internal sealed class CorrectionSayBack(ConversationMessages messages, ReportLines reportLines)
{
    /// <summary>The line, or <c>null</c> when nothing the runner would read changed.</summary>
    public string? Describe(RunnerReport before, RunnerReport after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = reportLines.Describe(before).ToHashSet(StringComparer.Ordinal);
        var changed = reportLines.Describe(after).Where(line => !old.Contains(line)).ToList();
        if (changed.Count == 0)
        {
            return null;
        }

        var facts = string.Join("; ", changed);
        return messages.Corrected is { } corrected
            ? corrected.Render("facts", facts)
            : MessageText.List(messages.SayBack, changed);
    }
}
