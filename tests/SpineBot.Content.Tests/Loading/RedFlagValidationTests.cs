using System.Text.Json.Nodes;
using SpineBot.Content.Loading;
using SpineBot.Triage.Levels;

namespace SpineBot.Content.Tests.Loading;

/// <summary>Clinic staff editing red-flags.json get an error naming the entry when a rule loses its level or source.</summary>
public sealed class RedFlagValidationTests : IDisposable
{
    private readonly DialogsCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void A_flag_without_a_known_level_is_named()
    {
        _copy.Edit("red-flags.json", root => Entry(root["flags"]!, "fever")["level"] = "urgent-ish");

        var error = LoadFails();

        Assert.Contains("dialogs/en/red-flags.json: flag 'fever': field 'level' must be one of consultation,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flag_citing_a_source_that_is_not_listed_is_named()
    {
        _copy.Edit("red-flags.json", root => Entry(root["flags"]!, "fever")["source"] = "dr-google");

        var error = LoadFails();

        Assert.Contains("flag 'fever': field 'source' names 'dr-google', which is not in 'sources'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_combination_naming_an_unknown_risk_factor_is_named()
    {
        _copy.Edit("red-flags.json", root => Entry(root["combinations"]!, "minor-fall-with-steroids")["when"] = new JsonArray("minor-fall", "steroidz"));

        var error = LoadFails();

        Assert.Contains("combination 'minor-fall-with-steroids': field 'when' names 'steroidz', which is no flag or risk factor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_latch_without_the_why_of_a_latching_level_is_named()
    {
        _copy.Edit("red-flags.json", root => root["latch"]!["why"]!.AsObject().Remove("emergency"));

        var error = LoadFails();

        Assert.Contains("latch: field 'why' needs 'emergency'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_safety_check_group_with_an_unknown_level_is_named()
    {
        _copy.Edit("red-flags.json", root => Entry(root["screening"]!["groups"]!, "nerves")["level"] = "soonish");

        var error = LoadFails();

        Assert.Contains("safety check group 'nerves': field 'level' must be one of", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_level_wording_is_named()
    {
        _copy.Edit("red-flags.json", root => root["levels"]!.AsObject().Remove("crisis"));

        var error = LoadFails();

        Assert.Contains("levels: level 'crisis' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_using_an_unknown_word_is_named()
    {
        _copy.Edit("red-flags.json", root => Entry(root["flags"]!, "fever")["patterns"]![0] = "{feverish}");

        var error = LoadFails();

        Assert.Contains("flag 'fever': field 'patterns' item 1: unknown placeholder '{feverish}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_rules_all_cite_a_full_source_and_every_level_is_worded()
    {
        var content = ContentLoader.Load(_copy.Root, _copy.Language);
        var rules = content.Triage.RedFlags.Rules;

        Assert.All(rules.Flags, flag => Assert.True(content.RedFlags.Sources[flag.Source].Length > 20, flag.Id));
        Assert.All(rules.Combinations, combination => Assert.True(content.RedFlags.Sources.ContainsKey(combination.Source), combination.Id));
        Assert.Contains(rules.Flags, flag => flag.Level == TriageLevel.Crisis && flag.Source == "988-lifeline");
        Assert.All(
            [TriageLevel.Crisis, TriageLevel.EmergencyAmbulance, TriageLevel.Emergency, TriageLevel.Consultation24h, TriageLevel.Consultation],
            level => Assert.False(string.IsNullOrWhiteSpace(content.RedFlags.WordingFor(level).Action)));
    }

    private ContentValidationException LoadFails() =>
        Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_copy.Root, _copy.Language));

    private static JsonObject Entry(JsonNode array, string id) =>
        array.AsArray().Select(item => item!.AsObject()).Single(item => (string?)item["id"] == id);
}
