using SpineBot.Triage.Reports;

namespace SpineBot.Triage.Causes;

/// <summary>
/// Ranks the causes of back pain after running from the clinic's article against what the runner said, with a
/// small explainable score: each fact that holds adds its weight; a cause "fits well" at its minimum score.
/// </summary>
public sealed class CauseMatcher
{
    private readonly IReadOnlyList<CauseScoringRule> _rules;

    /// <summary>Creates a matcher; rule order breaks ties.</summary>
    public CauseMatcher(IReadOnlyList<CauseScoringRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
    }

    /// <summary>
    /// The causes that fit well, best first (equal scores keep the content's order). Empty when nothing fits
    /// well: the bot then says so and gives the general advice.
    /// </summary>
    public IReadOnlyList<CauseMatch> Rank(RunnerReport report) =>
        ScoreAll(report)
            .Select((match, order) => (match, order))
            .Where(entry => entry.match.FitsWell)
            .OrderByDescending(entry => entry.match.Score)
            .ThenBy(entry => entry.order)
            .Select(entry => entry.match)
            .ToList();

    /// <summary>Every cause's score, in the content's order, whether it fits or not.</summary>
    public IReadOnlyList<CauseMatch> ScoreAll(RunnerReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var facts = RunnerFacts.Of(report);
        return _rules.Select(rule => Score(rule, facts)).ToList();
    }

    private static CauseMatch Score(CauseScoringRule rule, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> facts)
    {
        var present = rule.Weights.Where(weight => facts.ContainsKey(weight.FactId)).ToList();
        var score = present.Sum(weight => weight.Weight);
        var evidence = present
            .Where(weight => weight.Weight > 0)
            .OrderByDescending(weight => weight.Weight)
            .Select(weight => new FactEvidence(weight.FactId, weight.Weight, facts[weight.FactId]))
            .ToList();
        return new CauseMatch(rule.CauseId, score, evidence.Count > 0 && score >= rule.MinimumScore, evidence);
    }
}
