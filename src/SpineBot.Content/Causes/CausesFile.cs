using SpineBot.Content.Loading;
using SpineBot.Content.Templates;
using SpineBot.Triage.Causes;

namespace SpineBot.Content.Causes;

/// <summary>Checks causes.json: the article's causes and its general self-care.</summary>
internal static class CausesFile
{
    public const string Name = "causes.json";

    public static (IReadOnlyList<CauseContent> Causes, IReadOnlyList<string> GeneralSelfCare) Read(CausesJson json, ContentEntry root)
    {
        var causes = new List<CauseContent>();
        foreach (var (item, cause) in root.Items(json.Causes, "causes", (cause, index) => ContentEntry.NameOf("cause", cause.Id, index)))
        {
            var id = item.Word(cause.Id, "id");
            if (id.Length > 0 && causes.Any(other => other.Id == id))
            {
                item.Problem("the id is used by another cause");
            }

            causes.Add(new CauseContent(
                id,
                item.Text(cause.Title, "title"),
                item.Text(cause.Phrase, "phrase"),
                item.Text(cause.Explanation, "explanation"),
                item.TextList(cause.SelfCare, "selfCare"),
                item.Text(cause.PreventionTip, "preventionTip"),
                ReadWhyItFits(item, cause)));
        }

        return (causes, root.TextList(json.GeneralSelfCare, "generalSelfCare"));
    }

    private static Dictionary<string, IReadOnlyList<MessageTemplate>> ReadWhyItFits(ContentEntry item, CauseJson cause)
    {
        var reasons = new Dictionary<string, IReadOnlyList<MessageTemplate>>(StringComparer.Ordinal);
        if (item.Section(cause.WhyItFits, "whyItFits", $"{item.Entry}, whyItFits") is not { } section)
        {
            return reasons;
        }

        foreach (var (fact, texts) in cause.WhyItFits!)
        {
            if (!RunnerFacts.IsKnown(fact))
            {
                section.Problem($"unknown fact '{fact}' (known: {string.Join(", ", RunnerFacts.All)})");
                continue;
            }

            var wordings = section.TemplateList(texts, fact, RunnerFacts.DetailsOf(fact));
            if (wordings.Count > 0 && wordings[^1].Placeholders.Count > 0)
            {
                section.Problem($"field '{fact}': the last wording must need no details, so there is always something to say");
            }

            reasons[fact] = wordings;
        }

        return reasons;
    }
}
