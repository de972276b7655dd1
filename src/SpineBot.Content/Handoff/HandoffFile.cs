using SpineBot.Content.Loading;
using SpineBot.Content.Templates;
using SpineBot.Triage.Handoff;

namespace SpineBot.Content.Handoff;

/// <summary>Reads handoff.json: the persistence thresholds and the hand-off wording.</summary>
internal static class HandoffFile
{
    public const string Name = "handoff.json";

    public static (HandoffThresholds Thresholds, HandoffWording Wording) Read(JsonSection root)
    {
        var thresholds = root.Section("thresholds", "thresholds") is { } section
            ? new HandoffThresholds(section.Integer("minimumDays", 1, 365), section.Integer("minimumSeverity", 1, 10))
            : new HandoffThresholds(14, 7);
        var wording = new HandoffWording
        {
            Recommendation = root.Template("recommendation", "reasons"),
            Reasons = ReadReasons(root),
            LingeringNote = root.Text("lingeringNote"),
            Offer = root.Text("offer"),
            CallButton = root.Text("callButton"),
            CallbackButton = root.Text("callbackButton"),
            NoThanksButton = root.Text("noThanksButton"),
            Contact = root.Text("contact"),
        };
        return (thresholds, wording);
    }

    private static Dictionary<string, IReadOnlyList<MessageTemplate>> ReadReasons(JsonSection root)
    {
        var reasons = new Dictionary<string, IReadOnlyList<MessageTemplate>>(StringComparer.Ordinal);
        if (root.Section("reasons", "reasons") is not { } section)
        {
            return reasons;
        }

        foreach (var (reason, _) in section.OwnMembers())
        {
            if (!HandoffReasons.All.Contains(reason))
            {
                section.Problem($"unknown reason '{reason}' (known: {string.Join(", ", HandoffReasons.All)})");
                continue;
            }

            var wordings = section.TemplateList(reason, HandoffReasons.DetailsOf(reason));
            if (wordings.Count > 0 && wordings[^1].Placeholders.Count > 0)
            {
                section.Problem($"field '{reason}': the last wording must need no details, so there is always something to say");
            }

            reasons[reason] = wordings;
        }

        foreach (var missing in HandoffReasons.All.Where(reason => !reasons.ContainsKey(reason) && !section.Has(reason)))
        {
            section.Problem($"reason '{missing}' has no wording");
        }

        return reasons;
    }
}
