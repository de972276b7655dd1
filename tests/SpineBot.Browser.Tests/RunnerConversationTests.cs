using SpineBot.Browser.Tests.Browser;
using SpineBot.Browser.Tests.Hosting;
using SpineBot.Browser.Tests.Pages;
using SpineBot.Browser.Tests.Site;
using SpineBot.Content;
using SpineBot.Content.Questions;
using SpineBot.Triage.Reports;

namespace SpineBot.Browser.Tests;

/// <summary>Whole conversations with the real bot in the clinic's widget, as a runner has them (issue 5).</summary>
[Collection(SpineBotSiteDefinition.Name)]
public sealed class RunnerConversationTests(SpineBotSite site)
{
    /// <summary>The clinic's number as the customer asked for it to be shown, and as a phone dials it.</summary>
    private const string ClinicPhone = "310-828-7757";
    private const string ClinicPhoneLink = "tel:+13108287757";

    private const string Story = "My lower back has hurt for 3 weeks after every run and it's getting worse, about 8/10";
    private const string RunnerName = "Jordan Lee";

    private static ClinicContent Content => BotContent.Current;

    [BrowserFact]
    public async Task ARunnerWithPainThatLingersTalksThroughToTheClinicsNumberAndGetsACallBack()
    {
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop);
        var chat = clinic.Chat;
        await chat.OpenAsync();
        var from = await chat.WaitForQuestionAsync(Content.Messages.Welcome.StartPrompt) + 1;

        // The story, typed: said back as understood, then the safety check.
        await chat.SendAsync(Story);
        var sayBack = await chat.WaitForBotMessageAsync(Content.Messages.SayBack, from);
        var understood = (await chat.BotTextsAsync())[sayBack];
        Assert.True(ShownText.Contains(understood, Content.Messages.Summary.Location.Render("location", Content.Messages.Labels.Location[BackRegion.Lower])), understood);
        Assert.True(ShownText.Contains(understood, Content.Messages.Summary.Severity.Render("severity", "8")), understood);
        Assert.True(ShownText.Contains(understood, Content.Messages.Summary.Trend.Render("trend", Content.Messages.Labels.Trend[PainTrend.Worse])), understood);
        Assert.True(ShownText.Contains(understood, Content.Messages.Summary.AfterEveryRun), understood);

        // "No" on the safety check, then the remaining questions, some typed and some clicked, until the clinic is
        // recommended.
        var runner = new Runner(chat, Content)
            .Types("legSymptoms", "nope")
            .Types("coreTraining", "once a week")
            .Types("waterDuringRuns", "yes")
            .Clicks("heelStrike", "yes");
        from = await runner.AnswersNoToTheSafetyCheckAsync(sayBack + 1);
        var callbackOffer = await runner.AnswerQuestionsUntilAsync(Content.Callback.Offer, from);
        // The story did not say whether it goes down a leg, so the bot asked, and understood the typed "nope".
        Assert.Contains("legSymptoms", runner.Answered);

        // Why the clinic should look at it, in the runner's own terms, then the clinic's card with the number.
        var handoff = (await chat.BotTextsAsync()).Take(callbackOffer).ToList();
        var wording = Content.Handoff.Wording;
        var recommendation = handoff.FindLast(text => ShownText.Contains(text, wording.Reasons["getting-worse"][0].Text));
        Assert.NotNull(recommendation);
        Assert.True(ShownText.Contains(recommendation, wording.Reasons["getting-worse"][0].Text), recommendation);
        Assert.True(ShownText.Contains(recommendation, wording.Reasons["after-every-run"][0].Text), recommendation);
        Assert.True(ShownText.Contains(recommendation, wording.Reasons["severe"][0].Render("severity", "8")), recommendation);

        var card = chat.BotMessageBubbles.Filter(new() { HasText = Content.Clinic.Name }).Filter(new() { HasText = ClinicPhone }).Last;
        await Assertions.Expect(card).ToBeVisibleAsync();
        Assert.True(ShownText.Contains(await card.InnerTextAsync(), wording.Offer));
        var call = card.GetByRole(AriaRole.Button, new() { Name = wording.CallButton, Exact = true });
        await Assertions.Expect(call).ToContainTextAsync(ClinicPhone);
        Assert.Equal([wording.CallbackButton, wording.NoThanksButton], await chat.SuggestedActionTitlesAsync());
        await chat.ScreenshotAsync("conversation-clinic-handoff");

        await call.ClickAsync();
        Assert.Equal([ClinicPhoneLink], await chat.OpenedLinksAsync());

        // The call-back: name, phone number, best time and consent, then the confirmation.
        var callback = Content.Callback;
        await chat.ChooseAsync(wording.CallbackButton);
        from = await chat.WaitForQuestionAsync(callback.NamePrompt, callbackOffer + 1) + 1;
        await chat.SendAsync(RunnerName);
        from = await chat.WaitForQuestionAsync(callback.PhonePrompt.Render("name", RunnerName), from) + 1;
        await chat.SendAsync("(310) 555-0142");
        from = await chat.WaitForQuestionAsync(callback.BestTimePrompt, from) + 1;
        var bestTime = TitleOf(callback.BestTimeChoices, "morning");
        await chat.ChooseAsync(bestTime);
        var consent = await chat.WaitForBotMessageAsync(callback.Consent, from);
        from = await chat.WaitForQuestionAsync(callback.ConsentPrompt, consent + 1) + 1;
        await chat.ChooseAsync(TitleOf(callback.ConsentChoices, "yes"));
        var confirmation = callback.Confirmation.Render(new Dictionary<string, string>
        {
            ["name"] = RunnerName,
            ["phone"] = "310-555-0142",
            ["bestTime"] = bestTime,
        });
        from = await chat.WaitForBotMessageAsync(confirmation, from) + 1;

        // The closing: a summary, "was this helpful?", thanks and goodbye.
        from = await chat.WaitForQuestionAsync(Content.Messages.Feedback.Question, from) + 1;
        await chat.ChooseAsync(Content.Messages.Feedback.Yes);
        await chat.WaitForBotMessageAsync(Content.Messages.Goodbye, from);
        await chat.ScreenshotAsync("conversation-callback-confirmed");

        Assert.True(clinic.Watch.ConsoleErrors.Count == 0, string.Join('\n', clinic.Watch.ConsoleErrors));
        Assert.Empty(clinic.Watch.OutsideRequests);
    }

    [BrowserFact]
    public async Task AnEmergencyTypedIntoTheChatIsToldToCall911BeforeAnythingElse()
    {
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop);
        var chat = clinic.Chat;
        await chat.OpenAsync();
        var from = await chat.WaitForQuestionAsync(Content.Messages.Welcome.StartPrompt) + 1;

        await chat.SendAsync("I fell off my bike and now I can't control my bladder");

        var emergency = Content.RedFlags.WordingFor(SpineBot.Triage.Levels.TriageLevel.Emergency);
        await chat.WaitForBotMessageAsync(emergency.Closing, from);
        var answer = (await chat.BotTextsAsync()).Skip(from).ToList();
        var first = answer[0];
        Assert.Contains("911", first, StringComparison.Ordinal);
        Assert.True(ShownText.Contains(first, emergency.Action), first);
        Assert.True(ShownText.Contains(first, Content.RedFlags.Descriptions["bladder-bowel-control"]), first);
        Assert.DoesNotContain(answer, text => ShownText.Contains(text, Content.Messages.StoryThanks)
            || ShownText.Contains(text, Content.RedFlags.SafetyCheck!.Prompt)
            || Content.Questions.Any(question => ShownText.Contains(text, question.Prompt)));

        var card = chat.BotMessageBubbles.Filter(new() { HasText = emergency.Title }).Last;
        var call = card.GetByRole(AriaRole.Button, new() { Name = emergency.CallButton!, Exact = true });
        await Assertions.Expect(call).ToBeVisibleAsync();
        Assert.Equal([Content.Messages.StartAgainButton], await chat.SuggestedActionTitlesAsync());
        await chat.ScreenshotAsync("conversation-emergency");

        await call.ClickAsync();
        Assert.Equal([Content.Clinic.EmergencyLink], await chat.OpenedLinksAsync());
    }

    private static string TitleOf(ChoiceSet choices, string value) =>
        choices.Choices.First(choice => choice.Value == value).Title;
}
