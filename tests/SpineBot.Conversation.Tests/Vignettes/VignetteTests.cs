using SpineBot.Content.Messages;
using SpineBot.Conversation.Tests.Support;
using SpineBot.Triage.Levels;
using Xunit.Abstractions;

namespace SpineBot.Conversation.Tests.Vignettes;

/// <summary>
/// The written case vignettes run end to end through the bot: the story, then each question answered from the facts
/// ("not sure" when the facts are silent), the later messages, and the level read from what the bot said (the level's
/// advice, the hand-off recommendation for lingering pain, or self-care with the cause it named). Results are in
/// docs/clinical-safety.md; the floors below are what was measured.
/// </summary>
public sealed class VignetteTests(ITestOutputHelper output)
{
    private const string NotSure = "not sure";

    /// <summary>
    /// Vignettes triaged appropriately, with the expected cause for self-care, when last measured
    /// (docs/clinical-safety.md): a floor, not a target. Every level was right (51/51); the four misses are self-care
    /// vignettes whose cause the bot did not name because it asks at most two cause questions.
    /// </summary>
    private const int MeasuredAppropriate = 47;

    [Fact]
    public async Task Every_emergency_and_crisis_is_caught_and_the_triage_is_appropriate_in_at_least_the_measured_share()
    {
        var vignettes = Vignette.All();
        var results = new List<(Vignette Vignette, string Level, string? Cause)>();
        foreach (var vignette in vignettes)
        {
            var (level, cause) = await RunAsync(vignette);
            results.Add((vignette, level, cause));
            output.WriteLine($"{vignette.Id}\texpected {vignette.Level}{(vignette.Cause is null ? string.Empty : "/" + vignette.Cause)}\tgot {level}{(cause is null ? string.Empty : "/" + cause)}");
        }

        var rightLevel = results.Count(result => result.Level == result.Vignette.Level);
        output.WriteLine($"right level: {rightLevel}/{results.Count}");
        Assert.Equal(results.Count, rightLevel);
        var right = results.Count(result => result.Level == result.Vignette.Level && (result.Vignette.Cause is null || result.Cause == result.Vignette.Cause));
        output.WriteLine($"appropriate: {right}/{results.Count}");
        Assert.True(vignettes.Count >= 40);
        Assert.All(
            results.Where(result => Rank(result.Vignette.Level) >= TriageLevel.Emergency),
            result => Assert.True(Rank(result.Level) >= TriageLevel.Emergency, $"{result.Vignette.Id}: {result.Level}"));
        Assert.True(right * 100 >= 90 * results.Count, $"{right}/{results.Count} appropriate");
        Assert.True(right >= MeasuredAppropriate, $"{right}/{results.Count} appropriate, measured {MeasuredAppropriate}");
    }

    private static TriageLevel Rank(string level) => TriageLevels.TryParse(level, out var parsed) ? parsed : TriageLevel.SelfCare;

    private static async Task<(string Level, string? Cause)> RunAsync(Vignette vignette)
    {
        using var bot = new BotHarness();
        var content = bot.Content;
        var said = new List<string>();
        var replies = await bot.SayAsync(vignette.Story);
        said.Add(replies.AllText);
        foreach (var message in vignette.Later)
        {
            replies = await bot.SayAsync(message);
            said.Add(replies.AllText);
        }

        for (var turn = 0; turn < 30; turn++)
        {
            string answer;
            if (content.RedFlags.SafetyCheck!.Asks(replies.Last))
            {
                answer = vignette.Facts.GetValueOrDefault(Vignette.SafetyFact, NotSure);
            }
            else if (ConversationDriver.QuestionAsked(content, replies) is { } question)
            {
                answer = vignette.Facts.GetValueOrDefault(question.Slot, NotSure);
            }
            else if (content.Messages.PersistentPain is { } offer && replies.Last == offer.Prompt)
            {
                // A runner whose pain has lingered, told to have it looked at, takes the clinic's number.
                answer = offer.Choices.Choices.First(choice => choice.Value == PersistentPainOffer.Clinic).Title;
            }
            else if (replies.Last == content.Callback.Offer)
            {
                answer = "no thanks";
            }
            else
            {
                break;
            }

            replies = await bot.SayAsync(answer);
            said.Add(replies.AllText);
        }

        var text = string.Join("\n", said);
        foreach (var level in new[] { TriageLevel.Crisis, TriageLevel.EmergencyAmbulance, TriageLevel.Emergency, TriageLevel.Consultation24h })
        {
            if (text.Contains(content.RedFlags.WordingFor(level).Action, StringComparison.Ordinal))
            {
                return (level.ContentName(), null);
            }
        }

        if (text.Contains(content.Handoff.Wording.LingeringNote, StringComparison.Ordinal)
            || (content.Messages.PersistentPain is { } persistent && text.Contains(persistent.Prompt, StringComparison.Ordinal)))
        {
            return (TriageLevel.Consultation.ContentName(), null);
        }

        var named = content.Causes
            .Select(cause => (cause.Id, At: text.IndexOf(cause.Title, StringComparison.Ordinal)))
            .Where(found => found.At >= 0)
            .OrderBy(found => found.At)
            .Select(found => found.Id)
            .FirstOrDefault();
        return (TriageLevel.SelfCare.ContentName(), named);
    }
}
