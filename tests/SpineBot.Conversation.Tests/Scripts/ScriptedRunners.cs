using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Tests.Scripts;

/// <summary>The eight runners of the measurement (docs/conversation.md, "How long a conversation takes").</summary>
internal static class ScriptedRunners
{
    public static IReadOnlyList<ScriptedRunner> All { get; } =
    [
        new("terse", "lower back, 3/10, 4 days", "ya", "nah")
        {
            Typed = new Dictionary<string, string> { [ReportSlots.Trend] = "better" },
        },
        new("rambling",
            "So I've been training for a half marathon and I upped my mileage from 20 to 30 miles a week, and now my lower back has been aching after my runs for about 4 days, maybe a 4 out of 10, it's getting better I think",
            "yeah I think so", "no not really"),
        new("typos", "my lowr back hurts aftr runing, started 3 days ago, like a 3", "yep", "nope")
        {
            Typed = new Dictionary<string, string> { [ReportSlots.Trend] = "bettr i think" },
        },
        new("anxious", "I'm freaking out, my lower back hurts after my run yesterday. Is it serious?", "yes", "no")
        {
            Typed = new Dictionary<string, string> { [ReportSlots.Severity] = "4" },
            Asides = new Dictionary<int, string> { [3] = "should i keep running?" },
        },
        new("self-correcting", "my upper back hurts after running for 3 days, about a 5", "yes", "no")
        {
            Asides = new Dictionary<int, string> { [3] = "no, lower back actually", [4] = "I meant a 4" },
        },
        new("persistent pain", "my lower back has hurt for 4 weeks, about a 7, and it's getting worse", "yes", "no"),
        new("question-asking", "my lower back hurts after running the last couple of days, maybe a 3", "yes", "no")
        {
            Asides = new Dictionary<int, string> { [3] = "heat or ice?", [5] = "do i need new shoes?" },
        },
        new("two words at a time", "back hurts", "yes", "no")
        {
            Story = "lower back",
            Typed = new Dictionary<string, string> { [ReportSlots.Severity] = "like 3", [ReportSlots.Duration] = "few days", [ReportSlots.Trend] = "bit better" },
        },
    ];
}
