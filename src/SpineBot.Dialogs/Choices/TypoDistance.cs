namespace SpineBot.Dialogs.Choices;

/// <summary>Decides whether a typed word is a small typo of an expected word (Damerau–Levenshtein, adjacent swaps count once).</summary>
internal static class TypoDistance
{
    /// <summary>
    /// Whether <paramref name="typed"/> is close enough to <paramref name="expected"/>: exact for words of 1–2
    /// characters, one edit for 3–5, two edits for 6 or more. Numbers must match exactly. A word that is the start of
    /// the expected one less two or more letters ("long" for "longer", "hard" for "harder") is another word, not a typo.
    /// </summary>
    public static bool IsCloseEnough(string typed, string expected)
    {
        if (string.Equals(typed, expected, StringComparison.Ordinal))
        {
            return true;
        }

        var allowed = expected.Length switch
        {
            <= 2 => 0,
            <= 5 => 1,
            _ => 2,
        };
        if (allowed == 0 || expected.Any(char.IsDigit) || typed.Any(char.IsDigit) || Math.Abs(typed.Length - expected.Length) > allowed)
        {
            return false;
        }

        if (expected.Length - typed.Length >= 2 && expected.StartsWith(typed, StringComparison.Ordinal))
        {
            return false;
        }

        return Distance(typed, expected) <= allowed;
    }

    /// <summary>Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent transpositions.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
