using SpineBot.Content.Questions;
using SpineBot.Conversation.Tests.Support;
using SpineBot.Triage.Levels;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Tests.Safety;

/// <summary>
/// The whole red-flag corpus (every level, every trap) said as the first message and at every
/// kind of prompt: the level's advice appears for a warning sign, and no advice for a question, someone else or the
/// past. One harness per prompt kind: the conversation is brought to the prompt once, and its state restored before
/// each phrasing.
/// </summary>
public sealed class CorpusInEveryStateTests
{
    public enum Prompt
    {
        FirstMessage,
        SafetyCheck,
        NumberQuestion,
        ChoiceQuestion,
        YesNoQuestion,
        CallbackName,
        CallbackPhone,
        AfterTheClosing,
    }

    private static readonly Lazy<IReadOnlyList<CorpusRow>> Rows = new(() => CorpusRow.Sample(perSection: int.MaxValue));

    public static TheoryData<Prompt> Prompts => [.. Enum.GetValues<Prompt>()];

    [Fact]
    public void The_corpus_covers_every_level_and_every_section_with_at_least_three_hundred_phrasings()
    {
        Assert.True(Rows.Value.Count >= 300, $"{Rows.Value.Count} rows");
        foreach (var level in new[] { TriageLevel.Crisis, TriageLevel.EmergencyAmbulance, TriageLevel.Emergency, TriageLevel.Consultation24h, TriageLevel.SelfCare })
        {
            Assert.Contains(Rows.Value, row => row.Level == level);
        }

        Assert.True(Rows.Value.Select(row => row.Section).Distinct().Count() >= 20);
    }

    [Theory]
    [MemberData(nameof(Prompts))]
    public async Task Every_phrasing_gets_its_levels_advice_and_no_trap_is_alarmed(Prompt prompt)
    {
        using var bot = new BotHarness();
        await GoToAsync(bot, prompt);
        var storage = bot.Storage;
        var key = $"{bot.Adapter.Conversation.ChannelId}/conversations/{bot.Adapter.Conversation.Conversation.Id}";
        var saved = await storage.ReadAsync([key]);
        var actions = bot.Content.RedFlags.Levels.Values.Where(wording => wording.Level >= TriageLevel.Consultation24h).ToList();

        var wrong = new List<string>();
        foreach (var row in Rows.Value)
        {
            await storage.DeleteAsync([key]);
            if (saved.Count > 0)
            {
                await storage.WriteAsync(saved);
            }

            var said = (await bot.SayAsync(row.Text)).AllText;
            var advised = actions.Where(wording => said.Contains(wording.Action, StringComparison.Ordinal)).Select(wording => wording.Level).ToList();
            var expected = row.Level >= TriageLevel.Consultation24h ? [row.Level] : new List<TriageLevel>();
            if (!advised.SequenceEqual(expected))
            {
                wrong.Add($"{row.Level.ContentName()} <- \"{row.Text}\" got [{string.Join(", ", advised.Select(level => level.ContentName()))}]");
            }
        }

        Assert.True(wrong.Count == 0, $"At {prompt}:\n{string.Join("\n", wrong)}");
    }

    private static async Task GoToAsync(BotHarness bot, Prompt prompt)
    {
        var content = bot.Content;
        switch (prompt)
        {
            case Prompt.FirstMessage:
                return;
            case Prompt.SafetyCheck:
                Assert.True(content.RedFlags.SafetyCheck!.Asks((await bot.SayAsync("My lower back hurts after running")).Last));
                return;
            case Prompt.NumberQuestion:
                await AnswerUntilAsync(bot, question => question.Range is not null);
                return;
            case Prompt.ChoiceQuestion:
                await AnswerUntilAsync(bot, question => question.Choices is { } set && !IsYesNo(set));
                return;
            case Prompt.YesNoQuestion:
                await AnswerUntilAsync(bot, question => question.Choices is { } set && IsYesNo(set));
                return;
            case Prompt.CallbackName:
                await ReachCallbackOfferAsync(bot);
                Assert.Equal(content.Callback.NamePrompt, (await bot.SayAsync(content.Handoff.Wording.CallbackButton)).Last);
                return;
            case Prompt.CallbackPhone:
                await ReachCallbackOfferAsync(bot);
                await bot.SayAsync(content.Handoff.Wording.CallbackButton);
                Assert.Equal(content.Callback.PhonePrompt.Render("name", "Dana"), (await bot.SayAsync("Dana")).Last);
                return;
            case Prompt.AfterTheClosing:
                var story = await bot.SayAsync("My lower back hurts after running");
                var turns = await ConversationDriver.AnswerQuestionsAsync(bot, story, ConversationDriver.MildAche);
                Assert.Equal(content.Messages.Feedback.Question, turns[^1].Last);
                await bot.SayAsync(content.Messages.Feedback.Yes);
                return;
        }
    }

    private static bool IsYesNo(ChoiceSet set) => set.Choices.Any(choice => choice.Value == ReportSlots.Yes);

    private static async Task AnswerUntilAsync(BotHarness bot, Func<QuestionContent, bool> stopAt)
    {
        var opening = await bot.SayAsync("hi");
        Assert.Equal(bot.Content.Messages.Welcome.StartPrompt, opening.Last);
        var story = await bot.SayAsync("my back has been bothering me");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, story, ConversationDriver.MildAche, stopAt);
        var asked = ConversationDriver.QuestionAsked(bot.Content, turns.Count > 0 ? turns[^1] : story);
        Assert.True(asked is not null && stopAt(asked), "the prompt was never asked");
    }

    private static async Task ReachCallbackOfferAsync(BotHarness bot)
    {
        var story = await bot.SayAsync("My lower back has hurt for 3 weeks and it's getting worse");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, story, ConversationDriver.MildAche);
        Assert.Equal(bot.Content.Callback.Offer, turns[^1].Last);
    }
}
