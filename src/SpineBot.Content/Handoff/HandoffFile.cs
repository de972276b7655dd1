using SpineBot.Content.Loading;
using SpineBot.Content.Templates;
using SpineBot.Triage.Handoff;

namespace SpineBot.Content.Handoff;

/// <summary>Reads handoff.json: when lingering pain should be evaluated, how soon, and the hand-off wording.</summary>
internal static class HandoffFile
{
    public const string Name = "handoff.json";

    public static HandoffFileContent Read(JsonSection root)
    {
        var thresholds = new HandoffThresholds(14, 7);
        if (root.Section("thresholds", "thresholds") is { } section)
        {
            thresholds = new HandoffThresholds(
                section.Integer("minimumDays", 1, 365),
                section.Integer("minimumSeverity", 1, 10),
                section.Integer("notImprovingDays", 1, 365));
            RequireSource(section);
            if (thresholds.NotImprovingDays > thresholds.MinimumDays)
            {
                section.Problem("field 'notImprovingDays' must not be more than 'minimumDays'");
            }
        }

        var wording = new HandoffWording
        {
            Recommendation = root.Template("recommendation", "reasons"),
            RecommendationSoon = root.Template("recommendationSoon", "reasons"),
            Reasons = ReadReasons(root),
            LingeringNote = root.Text("lingeringNote"),
            Offer = root.Text("offer"),
            CallButton = root.Text("callButton"),
            CallbackButton = root.Text("callbackButton"),
            NoThanksButton = root.Text("noThanksButton"),
            Contact = root.Text("contact"),
        };
        return new HandoffFileContent(thresholds, ReadSoon(root), wording);
    }

    private static List<IReadOnlyList<string>> ReadSoon(JsonSection root)
    {
        var combinations = new List<IReadOnlyList<string>>();
        foreach (var item in root.Items("soon", (element, index) => JsonSection.NameOf("soon", element, index)))
        {
            var reasons = item.Strings("when");
            foreach (var unknown in reasons.Where(reason => !HandoffReasons.All.Contains(reason)))
            {
                item.Problem($"field 'when': unknown reason '{unknown}' (known: {string.Join(", ", HandoffReasons.All)})");
            }

            RequireSource(item);
            combinations.Add(reasons);
        }

        return combinations;
    }

    /// <summary>Every rule beyond the article names its clinical source.</summary>
    private static void RequireSource(JsonSection section) => _ = section.Text("source");

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
