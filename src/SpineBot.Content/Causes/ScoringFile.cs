using SpineBot.Content.Loading;
using SpineBot.Triage.Causes;

namespace SpineBot.Content.Causes;

/// <summary>Checks scoring.json against the causes in causes.json.</summary>
internal static class ScoringFile
{
    public const string Name = "scoring.json";

    /// <param name="json">The file's record.</param>
    /// <param name="root">The file's top level.</param>
    /// <param name="causes">The causes read from causes.json, or <c>null</c> if that file could not be read.</param>
    public static IReadOnlyList<CauseScoringRule> Read(ScoringJson json, ContentEntry root, IReadOnlyList<CauseContent>? causes)
    {
        var rules = new List<CauseScoringRule>();
        foreach (var (item, scoring) in root.Items(json.Causes, "causes", (scoring, index) => ContentEntry.NameOf("cause", scoring.Cause, index)))
        {
            var causeId = item.Word(scoring.Cause, "cause");
            var cause = causes?.FirstOrDefault(known => known.Id == causeId);
            if (causes is not null && causeId.Length > 0 && cause is null)
            {
                item.Problem($"cause '{causeId}' does not exist in causes.json");
            }

            if (rules.Any(rule => rule.CauseId == causeId))
            {
                item.Problem("the cause is scored twice");
            }

            var weights = ReadWeights(item, scoring, cause);
            rules.Add(new CauseScoringRule(causeId, weights, item.Integer(scoring.MinimumScore, "minimumScore", 1, 100)));
        }

        foreach (var unscored in causes?.Where(cause => cause.Id.Length > 0 && rules.All(rule => rule.CauseId != cause.Id)) ?? [])
        {
            root.Problem($"cause '{unscored.Id}' from causes.json has no scoring rule");
        }

        return rules;
    }

    private static List<FactWeight> ReadWeights(ContentEntry item, CauseScoringJson scoring, CauseContent? cause)
    {
        var weights = new List<FactWeight>();
        foreach (var (fact, value) in item.Members(scoring.Facts, "facts"))
        {
            if (!RunnerFacts.IsKnown(fact))
            {
                item.Problem($"field 'facts': unknown fact '{fact}' (known: {string.Join(", ", RunnerFacts.All)})");
                continue;
            }

            if (value is not { } weight || weight == 0)
            {
                item.Problem($"field 'facts': the weight of '{fact}' must be a whole number other than 0");
                continue;
            }

            if (weight > 0 && cause is not null && !cause.WhyItFits.ContainsKey(fact))
            {
                item.Problem($"fact '{fact}' counts towards the cause but causes.json has no 'whyItFits' wording for it");
            }

            weights.Add(new FactWeight(fact, weight));
        }

        foreach (var unscored in cause?.WhyItFits.Keys.Where(fact => weights.All(weight => weight.FactId != fact)) ?? [])
        {
            item.Problem($"causes.json explains fact '{unscored}' but it is not scored here");
        }

        return weights;
    }
}
