namespace SpineBot.Resilience.Tests.BadInput;

/// <summary>
/// Every piece of bad input, by name. Each call builds the cases afresh (new conversation ids), so a case can be
/// sent again without meeting its earlier self.
/// </summary>
internal static class BadInputCorpus
{
    public static IEnumerable<BadInputCase> All() =>
        RequestCorpus.Cases().Concat(ActivityCorpus.Cases()).Concat(DirectLineCorpus.Cases()).Concat(RedTeamCorpus.Cases());

    public static IReadOnlyList<string> Names => All().Select(badInput => badInput.Name).ToList();

    public static BadInputCase Find(string name) =>
        All().SingleOrDefault(badInput => badInput.Name == name) ?? throw new ArgumentException($"No bad input named '{name}'.", nameof(name));
}
