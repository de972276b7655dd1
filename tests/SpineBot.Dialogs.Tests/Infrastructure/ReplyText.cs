using System.Globalization;
using SpineBot.Dialogs.Choices;

namespace SpineBot.Dialogs.Tests.Infrastructure;

/// <summary>How the test dialogs echo a prompt's result back, so scripts can assert what was understood.</summary>
internal static class ReplyText
{
    public static string Describe(object? result) => result switch
    {
        null => "no answer",
        FoundChoice choice => $"choice {choice.Index}: {choice.Value}",
        bool yes => yes ? "answer yes" : "answer no",
        IFormattable number => "number " + number.ToString(null, CultureInfo.InvariantCulture),
        _ => "text " + result,
    };
}
