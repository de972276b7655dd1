using SpineBot.Content.Loading;
using SpineBot.Triage.Levels;

namespace SpineBot.Content.Tests.Languages;

/// <summary>Every language folder is loaded and checked at start, and each language's screen reads every language.</summary>
public sealed class ContentLanguagesTests
{
    private static readonly Lazy<ContentLanguages> Shipped = new(() => ContentLanguages.Load(RepositoryFolders.Dialogs));

    [Fact]
    public void English_comes_first_and_spanish_is_found_by_its_locale()
    {
        Assert.Equal("en", Shipped.Value.Default.Language);
        Assert.Equal("es", Shipped.Value.Find("es-US")!.Language);
        Assert.Null(Shipped.Value.Find("fr"));
    }

    [Theory]
    [InlineData("en", "no puedo orinar desde ayer")]
    [InlineData("es", "I can't pee since yesterday")]
    public void A_warning_sign_in_either_language_is_named_in_the_conversations_language(string language, string message)
    {
        var content = Shipped.Value.Find(language)!;

        var verdict = content.Triage.RedFlags.Screen(message);

        Assert.Equal(TriageLevel.Emergency, verdict.Level);
        Assert.Equal(content.RedFlags.Descriptions["bladder-bowel-control"], verdict.Findings[0].Description);
    }

    [Fact]
    public void The_most_urgent_level_of_either_language_wins()
    {
        var verdict = Shipped.Value.Default.Triage.RedFlags.Screen("I have a fever y me quiero morir");

        Assert.Equal(TriageLevel.Crisis, verdict.Level);
    }

    [Fact]
    public void A_spanish_rule_missing_from_english_stops_the_start_naming_the_file()
    {
        using var copy = new DialogsCopy();
        var spanish = Path.Combine(copy.Root, "es");
        Directory.CreateDirectory(spanish);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryFolders.Dialogs, "es"), "*.json"))
        {
            File.Copy(file, Path.Combine(spanish, Path.GetFileName(file)));
        }

        var messages = Path.Combine(spanish, "messages.json");
        File.WriteAllText(messages, File.ReadAllText(messages).Replace("{clinicPhone}", "310-828-7757", StringComparison.Ordinal));

        var error = Assert.Throws<ContentValidationException>(() => ContentLanguages.Load(copy.Root));

        Assert.Contains("dialogs/es/messages.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("{clinicPhone}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void A_mixed_message_is_read_by_both_languages(string language)
    {
        var content = Shipped.Value.Find(language)!;

        var report = content.Triage.StoryReader.Read("my lower back duele mucho desde hace una semana y media, like a 6 out of 10", known: null, new DateOnly(2026, 11, 25));

        Assert.Equal(SpineBot.Triage.Reports.BackRegion.Lower, report.Location);
        Assert.Equal(6, report.Severity);
        Assert.Equal(1.5, report.Duration!.Value);
    }
}
