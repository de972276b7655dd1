using SpineBot.Conversation.Callback;

namespace SpineBot.Conversation.Tests.Callback;

public sealed class RunnerNameTests
{
    [Theory]
    [InlineData("Dana", "Dana")]
    [InlineData("  Dana   Whitaker ", "Dana Whitaker")]
    [InlineData("Mary-Jane O'Neil", "Mary-Jane O'Neil")]
    [InlineData("José Núñez", "José Núñez")]
    [InlineData("محمد", "محمد")]
    [InlineData("Dr. Lee", "Dr. Lee")]
    public void A_name_is_kept_tidied(string typed, string expected)
    {
        Assert.Equal(expected, RunnerName.Read(typed));
    }

    [Theory]
    [InlineData("310-555-0123")]
    [InlineData("**Dana**")]
    [InlineData("<script>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("...")]
    [InlineData("")]
    public void Something_that_is_not_a_name_is_refused(string typed)
    {
        Assert.Null(RunnerName.Read(typed));
    }

    [Fact]
    public void A_very_long_name_is_refused()
    {
        Assert.Null(RunnerName.Read(new string('a', 61)));
    }
}
