using SpineBot.Content.Loading;
using SpineBot.Content.Templates;
using SpineBot.Triage.Causes;

namespace SpineBot.Content.Causes;

/// <summary>Reads causes.json: the article's causes and its general self-care.</summary>
internal static class CausesFile
{
    public const string Name = "causes.json";

    public static (IReadOnlyList<CauseContent> Causes, IReadOnlyList<string> GeneralSelfCare) Read(JsonSection root)
    {
        var causes = new List<CauseContent>();
        foreach (var item in root.Items("causes", (element, index) => JsonSection.NameOf("cause", element, index)))
        {
            var id = item.Word("id");
            if (id.Length > 0 && causes.Any(cause => cause.Id == id))
            {
                item.Problem("the id is used by another cause");
            }

            causes.Add(new CauseContent(
                id,
                item.Text("title"),
                item.Text("phrase"),
                item.Text("explanation"),
                item.TextList("selfCare"),
                item.Text("preventionTip"),
                ReadWhyItFits(item)));
        }

        return (causes, root.TextList("generalSelfCare"));
    }

    private static Dictionary<string, IReadOnlyList<MessageTemplate>> ReadWhyItFits(JsonSection cause)
    {
        var reasons = new Dictionary<string, IReadOnlyList<MessageTemplate>>(StringComparer.Ordinal);
        if (cause.Section("whyItFits", $"{cause.Entry}, whyItFits") is not { } section)
        {
            return reasons;
        }

        foreach (var (fact, _) in section.OwnMembers())
        {
            if (!RunnerFacts.IsKnown(fact))
            {
                section.Problem($"unknown fact '{fact}' (known: {string.Join(", ", RunnerFacts.All)})");
                continue;
            }

            var wordings = section.TemplateList(fact, RunnerFacts.DetailsOf(fact));
            if (wordings.Count > 0 && wordings[^1].Placeholders.Count > 0)
            {
                section.Problem($"field '{fact}': the last wording must need no details, so there is always something to say");
            }

            reasons[fact] = wordings;
        }

        return reasons;
    }
}
