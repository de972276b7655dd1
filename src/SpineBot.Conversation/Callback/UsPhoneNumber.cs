using System.Text;
using System.Text.RegularExpressions;

namespace SpineBot.Conversation.Callback;

/// <summary>
/// A US phone number as the runner may type it: 10 digits, optionally after +1 or 1, with spaces, dashes, dots or
/// brackets ("(310) 555-0123", "+1 310.555.0123", "3105550123"), possibly inside a sentence. Area code and exchange
/// must not start with 0 or 1. Shown as "310-555-0123".
/// </summary>
internal static partial class UsPhoneNumber
{
    private const int Digits = 10;

    /// <summary>The number in "310-555-0123" form, or <c>null</c> when the text holds no single valid US number.</summary>
    public static string? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var candidates = Candidate().Matches(text);
        if (candidates.Count != 1)
        {
            return null;
        }

        var digits = new StringBuilder();
        foreach (var c in candidates[0].Value.Where(char.IsAsciiDigit))
        {
            digits.Append(c);
        }

        var number = digits.ToString();
        if (number.Length == Digits + 1 && number[0] == '1')
        {
            number = number[1..];
        }

        if (number.Length != Digits || number[0] < '2' || number[3] < '2')
        {
            return null;
        }

        return $"{number[..3]}-{number[3..6]}-{number[6..]}";
    }

    [GeneratedRegex(@"\+?\(?\d[\d \t().\-]{5,}\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Candidate();
}
