namespace SpineBot.Dialogs.Choices;

/// <summary>
/// Finds which choice a reply means, in this order: the whole reply is a choice's value or synonym; the reply picks
/// a position ("2", "second", "the 2nd one"); the reply's words overlap at least half of a choice's words, tolerating
/// small typos (a single typo'd word of a two-word synonym, "not" for "a week now", is not enough). A reply that matches
/// no choice, or matches two choices equally well, is not recognised.
/// </summary>
public static class ChoiceRecognizer
{
    private const float TypoWeight = 0.75f;
    private const float TieTolerance = 0.0001f;
    private const float LeastOverlap = 0.5f;

    /// <summary>The choice the reply means, or <c>null</c> when there is none or it is ambiguous.</summary>
    public static FoundChoice? Recognize(string? text, IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var utterance = WordTokens.Normalize(text);
        if (utterance.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        return ExactMatch(utterance, choices) ?? PositionMatch(text, choices) ?? WordMatch(text, choices);
    }

    private static FoundChoice? ExactMatch(string utterance, IList<Choice> choices)
    {
        var matches = new List<FoundChoice>();
        for (var i = 0; i < choices.Count; i++)
        {
            var phrase = Phrases(choices[i]).FirstOrDefault(p => WordTokens.Normalize(p) == utterance);
            if (phrase is not null)
            {
                matches.Add(new FoundChoice { Value = choices[i].Value, Index = i, Score = 1f, Synonym = phrase });
            }
        }

        return matches.Count == 1 ? matches[0] : null;
    }

    private static FoundChoice? PositionMatch(string? text, IList<Choice> choices)
        => ChoicePosition.Read(text, choices.Count) is { } index
            ? new FoundChoice { Value = choices[index].Value, Index = index, Score = 1f }
            : null;

    private static FoundChoice? WordMatch(string? text, IList<Choice> choices)
    {
        var typed = WordTokens.Split(text);
        FoundChoice? best = null;
        var tied = false;
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var phrase in Phrases(choices[i]))
            {
                var score = Overlap(typed, WordTokens.ContentWords(phrase));
                if (score < LeastOverlap)
                {
                    continue;
                }

                if (best is null || score > best.Score + TieTolerance)
                {
                    best = new FoundChoice { Value = choices[i].Value, Index = i, Score = score, Synonym = phrase };
                    tied = false;
                }
                else if (best.Index != i && Math.Abs(score - best.Score) <= TieTolerance)
                {
                    tied = true;
                }
            }
        }

        return tied ? null : best;
    }

    /// <summary>How much of the choice's words the reply contains: 1 per exact word, less per typo, over the word count.</summary>
    private static float Overlap(IReadOnlyList<string> typed, IReadOnlyList<string> expected)
    {
        if (expected.Count == 0)
        {
            return 0f;
        }

        var used = new bool[typed.Count];
        var total = 0f;
        foreach (var word in expected)
        {
            var exact = FindUnused(typed, used, t => string.Equals(t, word, StringComparison.Ordinal));
            var index = exact >= 0 ? exact : FindUnused(typed, used, t => TypoDistance.IsCloseEnough(t, word));
            if (index >= 0)
            {
                used[index] = true;
                total += exact >= 0 ? 1f : TypoWeight;
            }
        }

        return total / expected.Count;
    }

    private static int FindUnused(IReadOnlyList<string> typed, bool[] used, Func<string, bool> matches)
    {
        for (var i = 0; i < typed.Count; i++)
        {
            if (!used[i] && matches(typed[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static IEnumerable<string> Phrases(Choice choice)
    {
        if (!string.IsNullOrWhiteSpace(choice.Value))
        {
            yield return choice.Value;
        }

        if (choice.Action?.Title is { Length: > 0 } title && title != choice.Value)
        {
            yield return title;
        }

        foreach (var synonym in choice.Synonyms ?? [])
        {
            if (!string.IsNullOrWhiteSpace(synonym))
            {
                yield return synonym;
            }
        }
    }
}
