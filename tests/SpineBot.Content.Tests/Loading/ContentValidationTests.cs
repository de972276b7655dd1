using System.Text.Json.Nodes;
using SpineBot.Content.Loading;

namespace SpineBot.Content.Tests.Loading;

public sealed class ContentValidationTests : IDisposable
{
    private readonly DialogsCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void A_missing_file_is_named()
    {
        File.Delete(_copy.PathOf("causes.json"));

        var error = LoadFails();

        Assert.Contains("dialogs/en/causes.json: file: the file is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_named_with_where_it_breaks()
    {
        File.WriteAllText(_copy.PathOf("messages.json"), "{ \"help\": \"Hi\", ");

        var error = LoadFails();

        var problem = Assert.Single(error.Errors);
        Assert.Equal("dialogs/en/messages.json", problem.File);
        Assert.StartsWith("malformed JSON", problem.Problem, StringComparison.Ordinal);
        Assert.Contains("Line", problem.Problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_missing_required_field_names_the_file_the_entry_and_the_field()
    {
        _copy.Edit("causes.json", root => Cause(root, "weak-core").Remove("selfCare"));

        var error = LoadFails();

        Assert.Contains("dialogs/en/causes.json: cause 'weak-core': field 'selfCare' is missing or empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_message_is_named()
    {
        _copy.Edit("messages.json", root => root["welcome"]!["greeting"] = "  ");

        var error = LoadFails();

        Assert.Contains("dialogs/en/messages.json: welcome: field 'greeting' is missing or empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scoring_rule_for_a_cause_that_does_not_exist_is_named()
    {
        _copy.Edit("scoring.json", root => root["causes"]![1]!["cause"] = "weak-cor");

        var error = LoadFails();

        Assert.Contains("dialogs/en/scoring.json: cause 'weak-cor': cause 'weak-cor' does not exist in causes.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("dialogs/en/scoring.json: top level: cause 'weak-core' from causes.json has no scoring rule", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scored_fact_that_does_not_exist_is_named()
    {
        _copy.Edit("scoring.json", root => root["causes"]![0]!["facts"]!["ran-a-marathon"] = 2);

        var error = LoadFails();

        Assert.Contains("dialogs/en/scoring.json: cause 'going-overboard': field 'facts': unknown fact 'ran-a-marathon'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scored_fact_without_why_it_fits_wording_is_named()
    {
        _copy.Edit("scoring.json", root => root["causes"]![4]!["facts"]!["new-hills"] = 1);

        var error = LoadFails();

        Assert.Contains("cause 'foot-strike': fact 'new-hills' counts towards the cause but causes.json has no 'whyItFits' wording", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_using_a_choice_set_that_does_not_exist_is_named()
    {
        _copy.Edit("questions.json", root => Question(root, "location")["choices"] = "back-regions");

        var error = LoadFails();

        Assert.Contains("dialogs/en/questions.json: question 'location': field 'choices': choice set 'back-regions' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_filling_an_unknown_slot_is_named()
    {
        _copy.Edit("questions.json", root => Question(root, "side")["slot"] = "sidez");

        var error = LoadFails();

        Assert.Contains("dialogs/en/questions.json: question 'side': field 'slot': unknown slot 'sidez'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_choice_whose_value_the_slot_cannot_take_is_named()
    {
        _copy.Edit("questions.json", root => root["choiceSets"]!["back-region"]![0]!["value"] = "lumbar");

        var error = LoadFails();

        Assert.Contains("question 'location': choice 'Lower back' has value 'lumbar', which slot 'location' does not accept", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_about_a_cause_that_does_not_exist_is_named()
    {
        _copy.Edit("questions.json", root => Question(root, "heelStrike")["about"] = "flat-feet");

        var error = LoadFails();

        Assert.Contains("question 'heelStrike': field 'about': cause 'flat-feet' does not exist in causes.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_placeholder_in_a_message_is_named()
    {
        _copy.Edit("messages.json", root => root["tooManyMisses"] = "Call us at {clinicPhnoe}.");

        var error = LoadFails();

        Assert.Contains("dialogs/en/messages.json: top level: field 'tooManyMisses': unknown placeholder '{clinicPhnoe}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_runtime_placeholder_where_the_message_has_none_is_named()
    {
        _copy.Edit("messages.json", root => root["goodbye"] = "Bye {name}!");

        var error = LoadFails();

        Assert.Contains("field 'goodbye': unknown placeholder '{name}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_placeholder_in_a_why_it_fits_reason_is_named()
    {
        _copy.Edit("causes.json", root => Cause(root, "dehydration")["whyItFits"]!["hot-or-humid"]![0] = "it was {temperature} degrees");

        var error = LoadFails();

        Assert.Contains("dialogs/en/causes.json: cause 'dehydration', whyItFits: field 'hot-or-humid' item 1: unknown placeholder '{temperature}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reason_list_that_can_run_out_of_wording_is_named()
    {
        _copy.Edit("causes.json", root => Cause(root, "going-overboard")["whyItFits"]!["uneven-surface"] = new JsonArray("you ran on {surface}"));

        var error = LoadFails();

        Assert.Contains("cause 'going-overboard', whyItFits: field 'uneven-surface': the last wording must need no details", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_red_flag_pattern_is_named()
    {
        _copy.Edit("red-flags.json", root => Flag(root, "fever")["patterns"]![0] = "\\bfever(");

        var error = LoadFails();

        Assert.Contains("dialogs/en/red-flags.json: flag 'fever': field 'patterns' item 1: invalid pattern", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_placeholder_in_an_extraction_pattern_is_named()
    {
        _copy.Edit("extraction.json", root => root["severity"]![0] = "(?<n>{digits})/10");

        var error = LoadFails();

        Assert.Contains("dialogs/en/extraction.json: top level: field 'severity' item 1: unknown placeholder '{digits}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_severity_pattern_that_captures_no_number_is_named()
    {
        _copy.Edit("extraction.json", root => root["severity"]![0] = "{number}/10");

        var error = LoadFails();

        Assert.Contains("field 'severity' item 1: pattern must capture a group named 'n'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extraction_phrase_for_an_unknown_slot_value_is_named()
    {
        _copy.Edit("extraction.json", root => root["slots"]!["location"]!["hips"] = new JsonArray("\\bhips?\\b"));

        var error = LoadFails();

        Assert.Contains("dialogs/en/extraction.json: slot 'location': 'hips' is not a value of this slot", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_handoff_reason_without_wording_is_named()
    {
        _copy.Edit("handoff.json", root => root["reasons"]!.AsObject().Remove("severe"));

        var error = LoadFails();

        Assert.Contains("dialogs/en/handoff.json: reasons: reason 'severe' has no wording", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_emergency_message_that_does_not_say_which_signs_were_found_is_named()
    {
        _copy.Edit("red-flags.json", root => root["emergency"]!["message"] = "This sounds serious.");

        var error = LoadFails();

        Assert.Contains("dialogs/en/red-flags.json: emergency: field 'message' must say which warning signs were found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phone_link_that_is_not_a_tel_link_is_named()
    {
        _copy.Edit("clinic.json", root => root["phoneLink"] = "310-828-7757");

        var error = LoadFails();

        Assert.Contains("dialogs/en/clinic.json: top level: field 'phoneLink' must start with 'tel:'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_not_just_the_first()
    {
        _copy.Edit("causes.json", root => Cause(root, "weak-core")["title"] = "");
        _copy.Edit("messages.json", root => root.Remove("help"));
        File.Delete(_copy.PathOf("commands.json"));

        var error = LoadFails();

        Assert.Equal(3, error.Errors.Count);
        Assert.Contains(error.Errors, problem => problem.File == "dialogs/en/causes.json" && problem.Entry == "cause 'weak-core'");
        Assert.Contains(error.Errors, problem => problem.File == "dialogs/en/messages.json" && problem.Problem == "field 'help' is missing or empty");
        Assert.Contains(error.Errors, problem => problem.File == "dialogs/en/commands.json");
        Assert.StartsWith("The clinic content has 3 problems:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_without_a_folder_is_named()
    {
        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_copy.Root, "fr"));

        Assert.Contains("dialogs/fr: folder: the language folder does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_name_that_is_not_a_folder_name_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ContentLoader.Load(_copy.Root, "../en"));
    }

    private ContentValidationException LoadFails() =>
        Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_copy.Root, _copy.Language));

    private static JsonObject Cause(JsonObject root, string id) => Entry(root["causes"]!, "id", id);

    private static JsonObject Question(JsonObject root, string id) => Entry(root["questions"]!, "id", id);

    private static JsonObject Flag(JsonObject root, string id) => Entry(root["flags"]!, "id", id);

    private static JsonObject Entry(JsonNode array, string field, string id) =>
        array.AsArray().Select(item => item!.AsObject()).Single(item => (string?)item[field] == id);
}
