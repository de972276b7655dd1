using SpineBot.Content.Templates;

namespace SpineBot.Content.Tests.Templates;

public sealed class MessageTemplateTests
{
    [Fact]
    public void Placeholders_are_filled_with_their_values()
    {
        var template = MessageTemplate.Parse("Thanks, {name}. We'll call {phone}.", ["name", "phone"]);

        var text = template.Render(new Dictionary<string, string> { ["name"] = "Sam", ["phone"] = "310-555-0123" });

        Assert.Equal("Thanks, Sam. We'll call 310-555-0123.", text);
        Assert.Equal(["name", "phone"], template.Placeholders);
    }

    [Fact]
    public void A_template_with_an_unknown_placeholder_fails_and_names_it()
    {
        var error = Assert.Throws<FormatException>(() => MessageTemplate.Parse("Hi {nmae}", ["name"]));

        Assert.Contains("unknown placeholder '{nmae}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("allowed: name", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Call us {at once")]
    [InlineData("Call us } now")]
    [InlineData("Call {9lives}")]
    public void A_stray_brace_fails(string text)
    {
        var error = Assert.Throws<FormatException>(() => MessageTemplate.Parse(text, ["at", "lives"]));

        Assert.Contains("stray brace", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_without_a_value_for_a_placeholder_fails_rather_than_showing_braces()
    {
        var template = MessageTemplate.Parse("Thanks, {name}.", ["name"]);

        Assert.False(template.CanRender(new Dictionary<string, string>()));
        Assert.Throws<ArgumentException>(() => template.Render(new Dictionary<string, string>()));
    }

    [Fact]
    public void A_value_containing_braces_is_not_read_as_a_placeholder()
    {
        var template = MessageTemplate.Parse("Hi {name}", ["name"]);

        Assert.Equal("Hi {phone}", template.Render("name", "{phone}"));
    }

    [Fact]
    public void Filling_some_placeholders_leaves_the_others()
    {
        var template = MessageTemplate.Parse("Call {clinicPhone}, {name}.", ["clinicPhone", "name"]);

        var filled = template.Fill(new Dictionary<string, string> { ["clinicPhone"] = "310-828-7757" });

        Assert.Equal(["name"], filled.Placeholders);
        Assert.Equal("Call 310-828-7757, {name}.", filled.Text);
    }

    [Fact]
    public void Lists_are_joined_the_way_a_sentence_needs()
    {
        var lists = new ListWording(", ", " and ");

        Assert.Equal(string.Empty, lists.Join([]));
        Assert.Equal("a fever", lists.Join(["a fever"]));
        Assert.Equal("a fever and chills", lists.Join(["a fever", "chills"]));
        Assert.Equal("a, b and c", lists.Join(["a", "b", "c"]));
    }
}
