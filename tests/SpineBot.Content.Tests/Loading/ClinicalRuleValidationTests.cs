using System.Text.Json.Nodes;
using SpineBot.Content.Loading;

namespace SpineBot.Content.Tests.Loading;

/// <summary>The clinic staff's mistakes in the hand-off rule, the safety net and the prevention tips are named at start-up.</summary>
public sealed class ClinicalRuleValidationTests : IDisposable
{
    private readonly DialogsCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void A_soon_rule_with_an_unknown_reason_is_named()
    {
        _copy.Edit("handoff.json", root => root["soon"]![0]!["when"] = new JsonArray("severe", "gettting-worse"));

        var error = LoadFails();

        Assert.Contains("dialogs/en/handoff.json: soon 'severe-and-worse': field 'when': unknown reason 'gettting-worse'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_soon_rule_without_its_clinical_source_is_named()
    {
        _copy.Edit("handoff.json", root => root["soon"]![0]!.AsObject().Remove("source"));

        var error = LoadFails();

        Assert.Contains("dialogs/en/handoff.json: soon 'severe-and-worse': field 'source' is missing or empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_not_improving_threshold_longer_than_the_two_week_one_is_named()
    {
        _copy.Edit("handoff.json", root => root["thresholds"]!["notImprovingDays"] = 21);

        var error = LoadFails();

        Assert.Contains("field 'notImprovingDays' must not be more than 'minimumDays'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_safety_net_without_its_date_is_named()
    {
        _copy.Edit("messages.json", root => root["safetyNet"]!["text"] = "If it isn't better soon, call {clinicPhone}.");

        var error = LoadFails();

        Assert.Contains("dialogs/en/messages.json: safetyNet: field 'text' must say the date with {date}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cause_without_its_prevention_tip_is_named()
    {
        _copy.Edit("causes.json", root => root["causes"]![2]!.AsObject().Remove("preventionTip"));

        var error = LoadFails();

        Assert.Contains("dialogs/en/causes.json: cause 'running-form': field 'preventionTip' is missing or empty", error.Message, StringComparison.Ordinal);
    }

    private ContentValidationException LoadFails() =>
        Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_copy.Root, _copy.Language));
}
