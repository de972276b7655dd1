using System.Text;
using System.Text.RegularExpressions;

namespace SpineBot.Triage.Understanding;

/// <summary>Splits a normalised message into clauses at sentence punctuation, commas and "but".</summary>
internal static class MessageClauses
{
    public static List<MessageClause> Split(string normalized, Regex? fillers)
    {
        var clauses = new List<MessageClause>();
        var current = new StringBuilder();
        var opensAsQuestion = false;
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            switch (c)
            {
                case '¿':
                    opensAsQuestion = true;
                    break;
                case '?':
                    Add(clauses, current, true, fillers);
                    opensAsQuestion = false;
                    break;
                case '.' when i + 1 < normalized.Length && char.IsDigit(normalized[i + 1]) && i > 0 && char.IsDigit(normalized[i - 1]):
                    current.Append(c);
                    break;
                case '.' or '!' or ';' or ',' or '\n' or ':':
                    Add(clauses, current, opensAsQuestion, fillers);
                    opensAsQuestion = false;
                    break;
                case ' ' when IsWordAt(normalized, i + 1, "but"):
                    Add(clauses, current, opensAsQuestion, fillers);
                    opensAsQuestion = false;
                    i += 3;
                    break;
                default:
                    current.Append(c);
                    break;
            }
        }

        Add(clauses, current, opensAsQuestion, fillers);
        return clauses;
    }

    private static bool IsWordAt(string text, int start, string word) =>
        start + word.Length <= text.Length
        && string.CompareOrdinal(text, start, word, 0, word.Length) == 0
        && (start + word.Length == text.Length || !char.IsLetterOrDigit(text[start + word.Length]));

    private static void Add(List<MessageClause> clauses, StringBuilder current, bool question, Regex? fillers)
    {
        var text = current.ToString().Trim();
        current.Clear();
        if (fillers is not null && text.Length > 0)
        {
            try
            {
                text = fillers.Replace(text, string.Empty, 1).Trim();
            }
            catch (RegexMatchTimeoutException)
            {
                // Keep the clause as it is.
            }
        }

        if (text.Length > 0 || question)
        {
            clauses.Add(new MessageClause(text, question));
        }
    }
}
