using SpineBot.Storage.Blobs;

namespace SpineBot.Storage.Tests.Blobs;

public sealed class BlobNamesTests
{
    [Theory]
    [InlineData("msteams/conversations/19:abc@thread.v2|livechat")]
    [InlineData("what?is#this/..")]
    [InlineData("émoji 🏃‍♀️ 背中")]
    [InlineData("trailing dot.")]
    public void Every_key_becomes_a_name_of_safe_characters_only(string key)
    {
        var name = BlobNames.Encode(key);

        Assert.Matches("^[A-Za-z0-9_~-]+$", name);
        Assert.False(name.EndsWith('.'));
    }

    [Fact]
    public void Keys_that_differ_only_in_escaping_get_different_names()
    {
        string[] keys = ["a/b", "a%2Fb", "a~2Fb", "a~7E2Fb", "A/b", "a b", "a+b"];

        Assert.Equal(keys.Length, keys.Select(BlobNames.Encode).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_very_long_key_gets_a_short_enough_name_that_still_tells_it_from_a_near_twin()
    {
        var key = new string('x', 5000);
        var twin = new string('x', 4999) + "y";

        var name = BlobNames.State(key);

        Assert.InRange(name.Length, 1, 1024);
        Assert.NotEqual(name, BlobNames.State(twin));
        Assert.Equal(name, BlobNames.State(new string('x', 5000)));
    }
}
