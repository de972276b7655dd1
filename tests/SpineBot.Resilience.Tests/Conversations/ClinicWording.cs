using System.Globalization;
using SpineBot.Content;
using SpineBot.Content.Loading;
using SpineBot.Triage.Reports;

namespace SpineBot.Resilience.Tests.Conversations;

/// <summary>
/// The content the running bot loads (the dialogs/ folder next to the built SpineBot.dll), so that the tests expect
/// the bot's own words rather than copies of them.
/// </summary>
internal static class ClinicWording
{
    /// <summary>The cause a mileage jump points to.</summary>
    public const string GoingOverboard = "going-overboard";

    private static readonly Lazy<ClinicContent> Loaded = new(() =>
        ContentLoader.Load(DialogsFolder.Locate(null, BuildLayout.BotOutputDirectory)));

    public static ClinicContent Content => Loaded.Value;

    /// <summary>"Where: lower back", as the summary and "what do you know" say it.</summary>
    public static string LowerBackLine =>
        Content.Messages.Summary.Location.Render("location", Content.Messages.Labels.Location[BackRegion.Lower]);

    /// <summary>"Pain: 6 out of 10".</summary>
    public static string SeverityLine(int severity) =>
        Content.Messages.Summary.Severity.Render("severity", severity.ToString(CultureInfo.InvariantCulture));

    /// <summary>"you said you went from 15 to 25 miles": why the mileage jump fits, as the bot says it.</summary>
    public static string MileageReason(int before, int after) =>
        Content.Cause(GoingOverboard).WhyItFits["mileage-increase"][0].Render(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["mileageBefore"] = before.ToString(CultureInfo.InvariantCulture),
            ["mileageAfter"] = after.ToString(CultureInfo.InvariantCulture),
            ["distanceUnit"] = "miles",
        });
}
