using SpineBot.Triage.Languages;
using Xunit.Abstractions;

namespace SpineBot.Triage.Tests.Languages;

/// <summary>
/// The detector measured on the labelled short chat messages in short-messages.tsv (the figures are recorded in
/// docs/spanish.md). A runner must almost never be switched to the wrong language.
/// </summary>
public sealed class LanguageDetectionAccuracyTests(ITestOutputHelper output)
{
    /// <summary>The accuracy reached on the labelled set when it was written (see docs/spanish.md).</summary>
    private const double AccuracyFloor = 0.95;

    /// <summary>The accuracy reached on the held-out set, never used to tune the word lists.</summary>
    private const double HeldOutFloor = 0.90;

    public static IReadOnlyList<(ChatLanguage Label, string Text)> LabelledMessages { get; } = ReadLabelled("short-messages.tsv");

    public static IReadOnlyList<(ChatLanguage Label, string Text)> HeldOutMessages { get; } = ReadLabelled("held-out-messages.tsv");

    [Fact]
    public void The_labelled_set_is_large_enough_to_measure()
    {
        Assert.True(LabelledMessages.Count >= 150, $"only {LabelledMessages.Count} labelled messages");
        Assert.Contains(LabelledMessages, m => m.Label == ChatLanguage.Spanish);
        Assert.Contains(LabelledMessages, m => m.Label == ChatLanguage.English);
        Assert.Contains(LabelledMessages, m => m.Label == ChatLanguage.Undecided);
    }

    [Fact]
    public void Short_messages_are_told_apart_at_least_as_well_as_measured() => AssertAccuracy(LabelledMessages, AccuracyFloor);

    [Fact]
    public void Messages_never_used_for_tuning_are_told_apart_at_least_as_well_as_measured() => AssertAccuracy(HeldOutMessages, HeldOutFloor);

    private void AssertAccuracy(IReadOnlyList<(ChatLanguage Label, string Text)> messages, double floor)
    {
        var misses = messages
            .Select(m => (m.Label, m.Text, Guess: MessageLanguage.Detect(m.Text).Language))
            .Where(m => m.Guess != m.Label)
            .ToList();
        foreach (var miss in misses)
        {
            output.WriteLine($"{miss.Label} read as {miss.Guess}: {miss.Text}");
        }

        var accuracy = 1 - ((double)misses.Count / messages.Count);
        output.WriteLine($"accuracy {accuracy:P1} on {messages.Count} messages");
        Assert.True(accuracy >= floor, $"accuracy {accuracy:P1} is below the floor {floor:P0}");
    }

    [Fact]
    public void No_clearly_spanish_or_english_message_is_read_as_the_other_language()
    {
        var wrongLanguage = LabelledMessages.Concat(HeldOutMessages)
            .Where(m => m.Label != ChatLanguage.Undecided)
            .Where(m => MessageLanguage.Detect(m.Text).Language is var guess
                && guess != ChatLanguage.Undecided && guess != m.Label)
            .Select(m => m.Text)
            .ToList();

        Assert.Empty(wrongLanguage);
    }

    private static List<(ChatLanguage, string)> ReadLabelled(string fileName)
    {
        var path = Path.Combine(RepositoryFolders.Root, "tests", "SpineBot.Triage.Tests", "Languages", fileName);
        return File.ReadAllLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2))
            .Select(parts => (parts[0] switch
            {
                "es" => ChatLanguage.Spanish,
                "en" => ChatLanguage.English,
                "undecided" => ChatLanguage.Undecided,
                _ => throw new InvalidDataException($"unknown label '{parts[0]}' in {fileName}"),
            }, parts[1]))
            .ToList();
    }
}
