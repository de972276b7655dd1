using SpineBot.Triage.Reports;

namespace SpineBot.Triage.Tests.Story;

/// <summary>Sentences a runner might write, and the facts a reader of them would expect to be noted.</summary>
public static class StorySentences
{
    /// <summary>"Today" for every sentence: a Wednesday.</summary>
    public static readonly DateOnly Today = new(2025, 11, 26);

    /// <summary>Only the properties set here are checked; the rest must stay unknown.</summary>
    public static readonly IReadOnlyDictionary<string, RunnerReport> Expected = new Dictionary<string, RunnerReport>
    {
        ["My lower back has been sore for 3 days"] = new() { Location = BackRegion.Lower, Duration = Days(3, DurationUnit.Days, "3 days") },
        ["It's on the left side, about a 6"] = new() { Side = PainSide.Left, Severity = 6 },
        ["the pain is seven out of ten"] = new() { Severity = 7 },
        ["probably like a 4/10 right now"] = new() { Severity = 4 },
        ["I'd say it's an 8"] = new() { Severity = 8 },
        ["it's been hurting since Saturday's run"] = new() { Duration = Days(4, DurationUnit.Days, "since saturday's run") },
        ["two weeks now and it's getting worse"] = new() { Duration = Days(2, DurationUnit.Weeks, "two weeks"), Trend = PainTrend.Worse },
        ["it's been a few hours"] = new() { Duration = Days(3, DurationUnit.Hours, "a few hours") },
        ["I've had this for about a month"] = new() { Duration = Days(1, DurationUnit.Months, "about a month") },
        ["since last week it's been getting better"] = new() { Duration = Days(7, DurationUnit.Days, "since last week"), Trend = PainTrend.Better },
        ["it hurts, not getting better though"] = new() { Trend = PainTrend.Same },
        ["pain shooting down my left leg"] = new() { LegSymptoms = true },
        ["I have numbness down my leg"] = new() { LegSymptoms = true },
        ["no pain down my leg, it stays in my back"] = new() { LegSymptoms = false },
        ["it comes back after every run"] = new() { ComesBackAfterEveryRun = true },
        ["this is the first time it's happened"] = new() { ComesBackAfterEveryRun = false },
        ["I upped my mileage from 15 to 25 miles a week"] =
            new() { MileageIncreased = true, MileageBefore = 15, MileageAfter = 25, DistanceUnit = "miles" },
        ["I went from 20 to 35 km per week"] = new() { MileageIncreased = true, MileageBefore = 20, MileageAfter = 35, DistanceUnit = "km" },
        ["I bumped up my mileage recently"] = new() { MileageIncreased = true },
        ["same mileage as always"] = new() { MileageIncreased = false },
        ["I started doing hills last month"] = new() { NewHills = true },
        ["I've been doing speed work and intervals"] = new() { IntensityIncreased = true },
        ["I ran on concrete the whole way"] = new() { UnevenSurface = false },
        ["I ran on rocky trails"] = new() { UnevenSurface = true, SurfacePhrase = "rocky trails" },
        ["I only run on the treadmill"] = new() { UnevenSurface = false },
        ["I never do core"] = new() { CoreTraining = CoreTrainingFrequency.Never },
        ["I do core twice a week"] = new() { CoreTraining = CoreTrainingFrequency.SeveralTimesAWeek },
        ["I rarely do planks or ab work"] = new() { CoreTraining = CoreTrainingFrequency.Rarely },
        ["I lean forward when I run"] = new() { LeansForward = true },
        ["I don't lean forward"] = new() { LeansForward = false },
        ["I think I'm overstriding"] = new() { LongStrides = true },
        ["my shoulders creep up and I look down at my feet"] = new() { HeadAndShouldersOutOfLine = true },
        ["I didn't drink any water and it was really humid"] =
            new() { DrinksWaterDuringRuns = false, HotOrHumid = true, WeatherPhrase = "humid" },
        ["I always carry a water bottle"] = new() { DrinksWaterDuringRuns = true },
        ["I land on my heels"] = new() { HeelStrike = true },
        ["I'm a forefoot striker"] = new() { HeelStrike = false },
        ["my shoes are worn out"] = new() { WornOrUnsupportiveShoes = true, ShoesPhrase = "worn out" },
        ["I just bought new shoes"] = new() { WornOrUnsupportiveShoes = false },
        ["I've been running for 5 years and my upper back hurts for 2 days"] =
            new() { Location = BackRegion.Upper, Duration = Days(2, DurationUnit.Days, "2 days") },
        ["it was hot and humid and I forgot my water"] = new() { DrinksWaterDuringRuns = false, HotOrHumid = true, WeatherPhrase = "hot and humid" },
        ["my middle back hurts on both sides"] = new() { Location = BackRegion.Middle, Side = PainSide.Both },
        ["Not my lower back, it's my upper back between my shoulder blades"] = new() { Location = BackRegion.Upper },
        ["I run 3 days a week, about 25 miles a week"] = new(),
        ["My shoes are 2 years old"] = new() { WornOrUnsupportiveShoes = true, ShoesPhrase = "2 years old" },
        [
            "My lower back hurts on the right side, 7/10, for two weeks since I upped my mileage from 15 to 25 miles. " +
            "I never do core and I don't lean forward."
        ] = new()
        {
            Location = BackRegion.Lower,
            Side = PainSide.Right,
            Severity = 7,
            Duration = Days(2, DurationUnit.Weeks, "two weeks"),
            MileageIncreased = true,
            MileageBefore = 15,
            MileageAfter = 25,
            DistanceUnit = "miles",
            CoreTraining = CoreTrainingFrequency.Never,
            LeansForward = false,
        },
    };

    public static TheoryData<string> All => new(Expected.Keys);

    private static PainDuration Days(double value, DurationUnit unit, string phrase) => new() { Value = value, Unit = unit, Phrase = phrase };
}
