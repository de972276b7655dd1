using SpineBot.Dialogs.Tests.Infrastructure;

namespace SpineBot.Dialogs.Tests.Components;

public sealed class ComponentDialogTests
{
    [Fact]
    public async Task NestedComponentsRunToTheEndAndPassResultsOutwards()
    {
        var log = new List<string>();
        var harness = new DialogHarness(() => IntakeConversation.Build(log));

        await harness.Flow()
            .Send("hi").AssertReply("score?")
            .Send("7 out of 10").AssertReply("numb?")
            .Send("nope").AssertReply("intake done: number 7/answer no")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult?.Status);
        Assert.Empty(harness.SavedStack);
    }

    [Fact]
    public async Task OutermostComponentSeesEveryTurnBeforeNestedOnes()
    {
        var log = new List<string>();
        var harness = new DialogHarness(() => IntakeConversation.Build(log));

        await harness.Flow()
            .Send("hi").AssertReply("score?")
            .Send("4").AssertReply("numb?")
            .StartTestAsync();

        Assert.Equal(["root saw 4", "intake saw 4", "score saw 4"], log.Where(l => l.Contains(" saw ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task HelpWhileANestedPromptIsActiveAnswersThenAsksTheSameQuestionAgain()
    {
        var log = new List<string>();
        var harness = new DialogHarness(() => IntakeConversation.Build(log));

        await harness.Flow()
            .Send("hi").AssertReply("score?")
            .Send("help").AssertReply("root help").AssertReply("score?")
            .Send("5").AssertReply("numb?")
            .Send("help").AssertReply("root help").AssertReply(a => Assert.StartsWith("numb?", a.AsMessageActivity().Text))
            .Send("yes").AssertReply("intake done: number 5/answer yes")
            .StartTestAsync();

        Assert.DoesNotContain("score saw help", log);
    }

    [Fact]
    public async Task HelpDoesNotCountAsAFailedAnswer()
    {
        var log = new List<string>();
        var harness = new DialogHarness(() => IntakeConversation.Build(log));

        await harness.Flow()
            .Send("hi").AssertReply("score?")
            .Send("help").AssertReply("root help").AssertReply("score?")
            .Send("help").AssertReply("root help").AssertReply("score?")
            .Send("help").AssertReply("root help").AssertReply("score?")
            .Send("x").AssertReply("score?")
            .Send("x").AssertReply("score?")
            .Send("6").AssertReply("numb?")
            .StartTestAsync();
    }

    [Fact]
    public async Task CancelWhileANestedPromptIsActiveEndsEverythingAndTheRootCompletes()
    {
        var log = new List<string>();
        var harness = new DialogHarness(() => IntakeConversation.Build(log));

        await harness.Flow()
            .Send("hi").AssertReply("score?")
            .Send("cancel").AssertReply("root cancelled")
            .StartTestAsync();

        // As in Bot Framework: the root component ends (Complete, null result) once its inner stack was cancelled.
        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult?.Status);
        Assert.Null(harness.LastResult?.Result);
        Assert.Empty(harness.SavedStack);
        Assert.Contains("score ended CancelCalled", log);
        Assert.Contains("intake ended CancelCalled", log);
        Assert.True(log.IndexOf("score ended CancelCalled") < log.IndexOf("intake ended CancelCalled"), "innermost is cancelled first");
    }

    [Fact]
    public async Task AfterCancelTheNextMessageStartsAFreshConversation()
    {
        var log = new List<string>();
        var harness = new DialogHarness(() => IntakeConversation.Build(log));

        await harness.Flow()
            .Send("hi").AssertReply("score?")
            .Send("3").AssertReply("numb?")
            .Send("cancel").AssertReply("root cancelled")
            .Send("hello").AssertReply("score?")
            .Send("8").AssertReply("numb?")
            .StartTestAsync();
    }

    [Fact]
    public async Task StartOverRestartsFromTheFirstQuestion()
    {
        var log = new List<string>();
        var harness = new DialogHarness(() => IntakeConversation.Build(log));

        await harness.Flow()
            .Send("hi").AssertReply("score?")
            .Send("3").AssertReply("numb?")
            .Send("start over").AssertReply("score?")
            .Send("9").AssertReply("numb?")
            .Send("y").AssertReply("intake done: number 9/answer yes")
            .StartTestAsync();
    }

    [Fact]
    public async Task CancellingAndReturningAResultEndsTheComponentWithThatResult()
    {
        var log = new List<string>();
        var harness = new DialogHarness(() => IntakeConversation.Build(log));

        await harness.Flow()
            .Send("hi").AssertReply("score?")
            .Send("emergency")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult?.Status);
        Assert.Equal("emergency", harness.LastResult?.Result);
        Assert.Empty(harness.SavedStack);
    }

    [Fact]
    public async Task DialogStartedOnTopOfANestedPromptHandsBackToItWhenDone()
    {
        var log = new List<string>();
        var harness = new DialogHarness(() => IntakeConversation.Build(log));

        await harness.Flow()
            .Send("hi").AssertReply("score?")
            .Send("explain").AssertReply(a => Assert.StartsWith("explanation. did that help?", a.AsMessageActivity().Text))
            .Send("yes").AssertReply("score?")
            .Send("2").AssertReply("numb?")
            .StartTestAsync();
    }

    [Fact]
    public async Task NestedComponentCancellingItsOwnStackHandsANullResultToItsParent()
    {
        var log = new List<string>();
        var harness = new DialogHarness(() => IntakeConversation.Build(log, rootCommands: InterruptingComponent.NoCommands(), intakeCommands: InterruptingComponent.CommandSet("cancel")));

        await harness.Flow()
            .Send("hi").AssertReply("score?")
            .Send("cancel").AssertReply("intake cancelled").AssertReply("intake done: no answer")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult?.Status);
    }

    [Fact]
    public async Task InnerComponentHandlesCommandsTheOuterOneLetsThrough()
    {
        var log = new List<string>();
        var harness = new DialogHarness(() => IntakeConversation.Build(log, rootCommands: InterruptingComponent.CommandSet("cancel"), intakeCommands: InterruptingComponent.CommandSet("help")));

        await harness.Flow()
            .Send("hi").AssertReply("score?")
            .Send("help").AssertReply("intake help").AssertReply("score?")
            .StartTestAsync();

        Assert.Equal(["root saw help", "intake saw help"], log);
    }

    [Fact]
    public async Task NestedComponentEndingItselfFromItsInterceptorResumesItsParentWithTheResult()
    {
        var log = new List<string>();
        var harness = new DialogHarness(() => IntakeConversation.Build(log, rootCommands: InterruptingComponent.NoCommands(), intakeCommands: InterruptingComponent.CommandSet("finish")));

        await harness.Flow()
            .Send("hi").AssertReply("score?")
            .Send("finish").AssertReply("intake done: finished early")
            .StartTestAsync();

        // As in Bot Framework, ending a component (unlike cancelling it) does not cancel what is on its inner stack.
        Assert.DoesNotContain("score ended CancelCalled", log);
        Assert.Contains("intake ended EndCalled", log);
        Assert.Empty(harness.SavedStack);
    }
}
