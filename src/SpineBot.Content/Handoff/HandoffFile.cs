using SpineBot.Content.Loading;
using SpineBot.Content.Templates;
using SpineBot.Triage.Handoff;

namespace SpineBot.Content.Handoff;

/// <summary>Checks handoff.json: when lingering pain should be evaluated, how soon, and the hand-off wording.</summary>
internal static class HandoffFile
{
    public const string Name = "handoff.json";

    public static HandoffFileContent Read(HandoffJson json, ContentEntry root)
    {
        var thresholds = new HandoffThresholds(14, 7);
        if (root.Section(json.Thresholds, "thresholds", "thresholds") is { } section)
        {
            var values = json.Thresholds!;
            thresholds = new HandoffThresholds(
                section.Integer(values.MinimumDays, "minimumDays", 1, 365),
                section.Integer(values.MinimumSeverity, "minimumSeverity", 1, 10),
                section.Integer(values.NotImprovingDays, "notImprovingDays", 1, 365));
            RequireSource(section, values.Source);
            if (thresholds.NotImprovingDays > thresholds.MinimumDays)
            {
                section.Problem("field 'notImprovingDays' must not be more than 'minimumDays'");
            }
        }

        var wording = new HandoffWording
        {
            Recommendation = root.Template(json.Recommendation, "recommendation", "reasons"),
            RecommendationSoon = root.Template(json.RecommendationSoon, "recommendationSoon", "reasons"),
            Reasons = ReadReasons(json, root),
            LingeringNote = root.Text(json.LingeringNote, "lingeringNote"),
            Offer = root.Text(json.Offer, "offer"),
            CallButton = root.Text(json.CallButton, "callButton"),
            CallbackButton = root.Text(json.CallbackButton, "callbackButton"),
            NoThanksButton = root.Text(json.NoThanksButton, "noThanksButton"),
            Contact = root.Text(json.Contact, "contact"),
        };
        return new HandoffFileContent(thresholds, ReadSoon(json, root), wording);
    }

    private static List<IReadOnlyList<string>> ReadSoon(HandoffJson json, ContentEntry root)
    {
        var combinations = new List<IReadOnlyList<string>>();
        foreach (var (item, soon) in root.Items(json.Soon, "soon", (soon, index) => ContentEntry.NameOf("soon", soon.Id, index)))
        {
            var reasons = item.Strings(soon.When, "when");
            foreach (var unknown in reasons.Where(reason => !HandoffReasons.All.Contains(reason)))
            {
                item.Problem($"field 'when': unknown reason '{unknown}' (known: {string.Join(", ", HandoffReasons.All)})");
            }

            RequireSource(item, soon.Source);
            combinations.Add(reasons);
        }

        return combinations;
    }

    /// <summary>Every rule beyond the article names its clinical source.</summary>
    private static void RequireSource(ContentEntry entry, string? source) => _ = entry.Text(source, "source");

    private static Dictionary<string, IReadOnlyList<MessageTemplate>> ReadReasons(HandoffJson json, ContentEntry root)
    {
        var reasons = new Dictionary<string, IReadOnlyList<MessageTemplate>>(StringComparer.Ordinal);
        if (root.Section(json.Reasons, "reasons", "reasons") is not { } section)
        {
            return reasons;
        }

        foreach (var (reason, texts) in json.Reasons!)
        {
            if (!HandoffReasons.All.Contains(reason))
            {
                section.Problem($"unknown reason '{reason}' (known: {string.Join(", ", HandoffReasons.All)})");
                continue;
            }

            var wordings = section.TemplateList(texts, reason, HandoffReasons.DetailsOf(reason));
            if (wordings.Count > 0 && wordings[^1].Placeholders.Count > 0)
            {
                section.Problem($"field '{reason}': the last wording must need no details, so there is always something to say");
            }

            reasons[reason] = wordings;
        }

        foreach (var missing in HandoffReasons.All.Where(reason => !json.Reasons.ContainsKey(reason)))
        {
            section.Problem($"reason '{missing}' has no wording");
        }

        return reasons;
    }
}
