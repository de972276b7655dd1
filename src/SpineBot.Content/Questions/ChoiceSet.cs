namespace SpineBot.Content.Questions;

/// <summary>A named set of answers shared by questions (questions.json "choiceSets"), e.g. "yes-no".</summary>
public sealed class ChoiceSet
{
    private readonly IReadOnlyList<(string Phrase, Choice Choice)> _phrases;

    internal ChoiceSet(string id, IReadOnlyList<Choice> choices)
    {
        Id = id;
        Choices = choices;
        _phrases = choices
            .SelectMany(choice => choice.Synonyms.Append(choice.Title).Append(choice.Value)
                .Select(phrase => (Phrase: PhraseText.Normalize(phrase), Choice: choice)))
            .Where(entry => entry.Phrase.Length > 0)
            .OrderByDescending(entry => entry.Phrase.Length)
            .ToList();
    }

    /// <summary>The set's id.</summary>
    public string Id { get; }

    /// <summary>The answers, in button order.</summary>
    public IReadOnlyList<Choice> Choices { get; }

    /// <summary>
    /// The answer the runner's text picks: an exact title, value or synonym first, else the one answer whose
    /// phrases appear in the text as whole words (a phrase inside a longer one found, like "i don't" in
    /// "i don't know", does not count). <c>null</c> when nothing matches, or when two answers do ("left and right").
    /// </summary>
    public Choice? Find(string? text)
    {
        var normalized = PhraseText.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        var exact = _phrases.FirstOrDefault(entry => entry.Phrase == normalized);
        if (exact.Choice is not null)
        {
            return exact.Choice;
        }

        var found = _phrases.Where(entry => PhraseText.ContainsWords(normalized, entry.Phrase)).ToList();
        var choices = found
            .Where(entry => !found.Any(other => other.Phrase.Length > entry.Phrase.Length && PhraseText.ContainsWords(other.Phrase, entry.Phrase)))
            .Select(entry => entry.Choice)
            .Distinct()
            .ToList();
        return choices.Count == 1 ? choices[0] : null;
    }
}
