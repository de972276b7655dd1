using System.Globalization;

namespace SpineBot.Triage.Reports;

/// <summary>Reads and writes one named slot of a <see cref="RunnerReport"/>.</summary>
internal static class ReportSlotWriter
{
    public static bool IsFilled(RunnerReport report, string slot)
    {
        ArgumentNullException.ThrowIfNull(report);
        return slot switch
        {
            ReportSlots.Location => report.Location is not null,
            ReportSlots.Side => report.Side is not null,
            ReportSlots.Severity => report.Severity is not null,
            ReportSlots.Duration => report.Duration is not null,
            ReportSlots.Trend => report.Trend is not null,
            ReportSlots.LegSymptoms => report.LegSymptoms is not null,
            ReportSlots.AfterEveryRun => report.ComesBackAfterEveryRun is not null,
            ReportSlots.MileageIncrease => report.MileageIncreased is not null,
            ReportSlots.IntensityIncrease => report.IntensityIncreased is not null,
            ReportSlots.Hills => report.NewHills is not null,
            ReportSlots.Surface => report.UnevenSurface is not null,
            ReportSlots.CoreTraining => report.CoreTraining is not null,
            ReportSlots.LeansForward => report.LeansForward is not null,
            ReportSlots.LongStrides => report.LongStrides is not null,
            ReportSlots.HeadAndShoulders => report.HeadAndShouldersOutOfLine is not null,
            ReportSlots.WaterDuringRuns => report.DrinksWaterDuringRuns is not null,
            ReportSlots.HotOrHumid => report.HotOrHumid is not null,
            ReportSlots.HeelStrike => report.HeelStrike is not null,
            ReportSlots.WornShoes => report.WornOrUnsupportiveShoes is not null,
            _ => throw new ArgumentException($"Unknown slot '{slot}'.", nameof(slot)),
        };
    }

    public static RunnerReport Write(RunnerReport report, string slot, string value, string? phrase)
    {
        var yes = value == ReportSlots.Yes;
        return slot switch
        {
            ReportSlots.Location => report with { Location = SlotValues.Regions[value] },
            ReportSlots.Side => report with { Side = SlotValues.Sides[value] },
            ReportSlots.Trend => report with { Trend = SlotValues.Trends[value] },
            ReportSlots.CoreTraining => report with { CoreTraining = SlotValues.CoreFrequencies[value] },
            ReportSlots.Severity => report with { Severity = int.Parse(value, CultureInfo.InvariantCulture) },
            ReportSlots.Duration => report with
            {
                Duration = PainDuration.FromDays(double.Parse(value, CultureInfo.InvariantCulture), phrase ?? string.Empty),
            },
            ReportSlots.LegSymptoms => report with { LegSymptoms = yes },
            ReportSlots.AfterEveryRun => report with { ComesBackAfterEveryRun = yes },
            ReportSlots.MileageIncrease => report with { MileageIncreased = yes },
            ReportSlots.IntensityIncrease => report with { IntensityIncreased = yes },
            ReportSlots.Hills => report with { NewHills = yes },
            ReportSlots.Surface => report with { UnevenSurface = yes, SurfacePhrase = yes ? phrase ?? report.SurfacePhrase : null },
            ReportSlots.LeansForward => report with { LeansForward = yes },
            ReportSlots.LongStrides => report with { LongStrides = yes },
            ReportSlots.HeadAndShoulders => report with { HeadAndShouldersOutOfLine = yes },
            ReportSlots.WaterDuringRuns => report with { DrinksWaterDuringRuns = yes },
            ReportSlots.HotOrHumid => report with { HotOrHumid = yes, WeatherPhrase = yes ? phrase ?? report.WeatherPhrase : null },
            ReportSlots.HeelStrike => report with { HeelStrike = yes },
            ReportSlots.WornShoes => report with { WornOrUnsupportiveShoes = yes, ShoesPhrase = yes ? phrase ?? report.ShoesPhrase : null },
            _ => throw new ArgumentException($"Unknown slot '{slot}'.", nameof(slot)),
        };
    }
}
