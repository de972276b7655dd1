using SpineBot.Conversation.Tests.Support;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Tests.Docs;

/// <summary>The two sample conversations shown in docs/conversation.md, run against the real bot and content.</summary>
internal static class SampleTranscripts
{
    /// <summary>A runner whose mileage jump explains the pain: self-care, no hand-off.</summary>
    public static async Task<string> SelfCareAsync()
    {
        using var bot = new BotHarness(channelId: "webchat");
        await bot.SendAsync(bot.WebChatJoin());
        var story = await bot.SayAsync(
            "My lower back has been sore since Saturday. I upped my mileage from 15 to 25 miles a week for a half marathon. It's about a 4 out of 10.");
        var answers = ConversationDriver.MildAcheWith((ReportSlots.CoreTraining, "rarely"));
        await ConversationDriver.AnswerQuestionsAsync(bot, story, answers);
        await bot.SayAsync(bot.Content.Messages.Feedback.Yes);
        return bot.Transcript.ToString();
    }

    /// <summary>A runner with pain that lasts and spreads: the clinic hand-off and a call-back request.</summary>
    public static async Task<string> ClinicHandoffAsync()
    {
        using var bot = new BotHarness(channelId: "webchat");
        await bot.SendAsync(bot.WebChatJoin());
        var story = await bot.SayAsync(
            "It's been about 3 weeks now. My lower back on the right side hurts after every run and it's getting worse, maybe a 7/10. I mostly run on concrete.");
        var answers = ConversationDriver.MildAcheWith((ReportSlots.HeelStrike, ReportSlots.Yes), (ReportSlots.WornShoes, ReportSlots.Yes));
        await ConversationDriver.AnswerQuestionsAsync(bot, story, answers);
        await bot.SayAsync(bot.Content.Handoff.Wording.CallbackButton);
        await bot.SayAsync("Jordan Lee");
        await bot.SayAsync("555-0199");
        await bot.SayAsync("(310) 555-0142");
        await bot.SayAsync("Morning");
        await bot.SayAsync("Yes");
        await bot.SayAsync(bot.Content.Messages.Feedback.Yes);
        return bot.Transcript.ToString();
    }

    /// <summary>An anxious runner who asks questions along the way.</summary>
    public static async Task<string> AnxiousWithQuestionsAsync()
    {
        using var bot = new BotHarness(channelId: "webchat");
        await bot.SendAsync(bot.WebChatJoin());
        await bot.SayAsync("I'm freaking out, my lower back hurts after my run. Is it serious?");
        await bot.SayAsync("no");
        await bot.SayAsync("are you a doctor?");
        var replies = await bot.SayAsync("about a 4");
        await bot.SayAsync("should i keep running?");
        await ConversationDriver.AnswerQuestionsAsync(bot, replies, ConversationDriver.MildAche);
        await bot.SayAsync("heat or ice?");
        return bot.Transcript.ToString();
    }

    /// <summary>A runner who corrects themself: the corrected facts make the pain persistent.</summary>
    public static async Task<string> SelfCorrectingAsync()
    {
        using var bot = new BotHarness(channelId: "webchat");
        await bot.SendAsync(bot.WebChatJoin());
        await bot.SayAsync("My upper back hurts after running for three days, about a 5");
        await bot.SayAsync("no");
        await bot.SayAsync("no, lower back actually");
        var replies = await bot.SayAsync("actually it's been three weeks, not three days");
        await ConversationDriver.AnswerQuestionsAsync(bot, replies, ConversationDriver.MildAche);
        await bot.SayAsync(bot.Content.Handoff.Wording.NoThanksButton);
        return bot.Transcript.ToString();
    }
}
