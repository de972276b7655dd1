using SpineBot.Conversation.Callback;

namespace SpineBot.Conversation.Tests.Callback;

public sealed class UsPhoneNumberTests
{
    [Theory]
    [InlineData("310-555-0123", "310-555-0123")]
    [InlineData("(310) 555-0123", "310-555-0123")]
    [InlineData("310.555.0123", "310-555-0123")]
    [InlineData("3105550123", "310-555-0123")]
    [InlineData("+1 310 555 0123", "310-555-0123")]
    [InlineData("1-310-555-0123", "310-555-0123")]
    [InlineData("+1 (310) 555-0123", "310-555-0123")]
    [InlineData("you can reach me at 310 555 0123 after 5", "310-555-0123")]
    public void A_us_number_typed_in_any_usual_way_is_read(string typed, string expected)
    {
        Assert.Equal(expected, UsPhoneNumber.Read(typed));
    }

    [Theory]
    [InlineData("555-1234")]
    [InlineData("123-456-7890")]
    [InlineData("310-155-0123")]
    [InlineData("2-310-555-0123")]
    [InlineData("310-555-01234")]
    [InlineData("310-555-0123 or 310-555-0199")]
    [InlineData("my cell")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_us_number(string? typed)
    {
        Assert.Null(UsPhoneNumber.Read(typed));
    }
}
