using System.Text.Json.Nodes;
using SpineBot.Content.Loading;

namespace SpineBot.Content.Tests.Loading;

/// <summary>
/// The files are read into records: a misspelt member or a value of the wrong kind stops the start with the file, the
/// JSON path and the line, in the same report as every other problem; comments and trailing commas are fine.
/// </summary>
public sealed class ContentShapeTests : IDisposable
{
    private readonly DialogsCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void A_misspelt_member_is_named_with_its_path_and_line_not_ignored()
    {
        _copy.Edit("causes.json", root =>
        {
            var cause = root["causes"]![1]!.AsObject();
            cause["selfcare"] = cause["selfCare"]!.DeepClone();
            cause.Remove("selfCare");
        });

        var error = LoadFails();

        var problem = Assert.Single(error.Errors);
        Assert.Equal("dialogs/en/causes.json", problem.File);
        Assert.Equal("$.causes[1].selfcare", problem.Entry);
        Assert.Matches("^line [0-9]+, position [0-9]+: unknown member 'selfcare'", problem.Problem);
    }

    [Fact]
    public void A_value_of_the_wrong_kind_is_named_with_its_path_and_what_was_expected()
    {
        _copy.Edit("handoff.json", root => root["thresholds"]!["minimumDays"] = "fourteen");

        var error = LoadFails();

        var problem = Assert.Single(error.Errors);
        Assert.Equal("$.thresholds.minimumDays", problem.Entry);
        Assert.EndsWith("wrong kind of value, expected a whole number", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_where_a_list_belongs_is_named()
    {
        _copy.Edit("messages.json", root => root["notUnderstood"] = "Sorry?");

        var error = LoadFails();

        Assert.Contains("dialogs/en/messages.json: $.notUnderstood: line ", error.Message, StringComparison.Ordinal);
        Assert.Contains("wrong kind of value, expected a list of texts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_an_object_is_named()
    {
        File.WriteAllText(_copy.PathOf("clinic.json"), "[]");

        var error = LoadFails();

        Assert.Contains("dialogs/en/clinic.json: file: the file must hold a JSON object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shape_problem_is_reported_with_every_other_problem_at_once()
    {
        _copy.Edit("commands.json", root => root["help"]!["exactly"] = new JsonArray("help"));
        _copy.Edit("causes.json", root => root["causes"]![0]!["title"] = "");

        var error = LoadFails();

        Assert.Equal(2, error.Errors.Count);
        Assert.Contains(error.Errors, problem => problem.File == "dialogs/en/commands.json" && problem.Entry == "$.help.exactly");
        Assert.Contains(error.Errors, problem => problem.ToString() == "dialogs/en/causes.json: cause 'going-overboard': field 'title' is missing or empty");
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var path = _copy.PathOf("callback.json");
        var text = File.ReadAllText(path);
        var last = text.LastIndexOf('"');
        File.WriteAllText(path, "// staff note\n" + text[..(last + 1)] + ", /* trailing comma */" + text[(last + 1)..]);

        var content = ContentLoader.Load(_copy.Root, _copy.Language);

        Assert.False(string.IsNullOrWhiteSpace(content.Callback.Offer));
    }

    private ContentValidationException LoadFails() =>
        Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_copy.Root, _copy.Language));
}
