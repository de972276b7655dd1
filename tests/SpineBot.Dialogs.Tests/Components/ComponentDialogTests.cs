using SpineBot.Dialogs.Tests.Infrastructure;

namespace SpineBot.Dialogs.Tests.Components;

public sealed class ComponentDialogTests
{
    [Fact]
    public async Task Nested_components_run_to_the_end_and_pass_results_outwards()
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
    public async Task Outermost_component_sees_every_turn_before_nested_ones()
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
    public async Task Help_while_a_nested_prompt_is_active_answers_then_asks_the_same_question_again()
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
    public async Task Help_does_not_count_as_a_failed_answer()
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
    public async Task Cancel_while_a_nested_prompt_is_active_ends_everything_and_the_root_completes()
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
    public async Task After_cancel_the_next_message_starts_a_fresh_conversation()
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
    public async Task Start_over_restarts_from_the_first_question()
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
    public async Task Cancelling_and_returning_a_result_ends_the_component_with_that_result()
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
    public async Task Dialog_started_on_top_of_a_nested_prompt_hands_back_to_it_when_done()
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
    public async Task Nested_component_cancelling_its_own_stack_hands_a_null_result_to_its_parent()
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
    public async Task Inner_component_handles_commands_the_outer_one_lets_through()
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
    public async Task Nested_component_ending_itself_from_its_interceptor_resumes_its_parent_with_the_result()
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
