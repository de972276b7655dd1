using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SpineBot.Dialogs.Tests.Waterfall;

namespace SpineBot.Dialogs.Tests.State;

public sealed class DialogValueExtensionsTests
{
    private static readonly string[] HipAndKnee = ["hip", "knee"];

    private static Dictionary<string, object?> RoundTripped(object values)
        => JsonConvert.DeserializeObject<Dictionary<string, object?>>(JsonConvert.SerializeObject(values))!;

    [Fact]
    public void Values_come_back_as_their_original_types_after_json()
    {
        var values = RoundTripped(new
        {
            miles = 6,
            pace = 7.5,
            areas = HipAndKnee,
            run = new RunOptions { Name = "easy", Miles = 4 },
            done = true,
        });

        Assert.IsType<long>(values["miles"]);
        Assert.IsType<JObject>(values["run"]);
        Assert.Equal(6, values.GetValue<int>("miles"));
        Assert.Equal(7.5m, values.GetValue<decimal>("pace"));
        Assert.Equal(["hip", "knee"], values.GetValue<List<string>>("areas"));
        Assert.Equal("easy", values.GetValue<RunOptions>("run")!.Name);
        Assert.True(values.GetValue<bool>("done"));
    }

    [Fact]
    public void Missing_or_null_values_give_default()
    {
        var values = new Dictionary<string, object?> { ["nothing"] = null };

        Assert.Equal(0, values.GetValue<int>("absent"));
        Assert.Null(values.GetValue<int?>("nothing"));
        Assert.Null(values.GetValue<string>("absent"));
    }

    [Fact]
    public void Value_that_cannot_be_converted_fails_with_a_clear_error()
    {
        var values = new Dictionary<string, object?> { ["name"] = "tempo" };

        var error = Assert.Throws<InvalidCastException>(() => values.GetValue<int>("name"));
        Assert.Contains("Int32", error.Message, StringComparison.Ordinal);
    }
}
