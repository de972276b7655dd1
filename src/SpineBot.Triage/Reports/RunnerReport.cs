namespace SpineBot.Triage.Reports;

/// <summary>
/// What the runner has told the bot about their back pain and their running, as extracted facts.
/// Kept in dialog state, so it holds plain, JSON-serialisable properties. The runner's own words are not stored,
/// only the facts and a few short phrases (such as "concrete") needed to explain why a cause fits.
/// A <c>null</c> property means "not known yet".
/// </summary>
public sealed record RunnerReport
{
    /// <summary>Where in the back it hurts.</summary>
    public BackRegion? Location { get; init; }

    /// <summary>Which side hurts.</summary>
    public PainSide? Side { get; init; }

    /// <summary>Pain on a 0-10 scale.</summary>
    public int? Severity { get; init; }

    /// <summary>How long the pain has lasted.</summary>
    public PainDuration? Duration { get; init; }

    /// <summary>Whether the pain is getting better, worse or staying the same.</summary>
    public PainTrend? Trend { get; init; }

    /// <summary>Pain, numbness or tingling going down a leg.</summary>
    public bool? LegSymptoms { get; init; }

    /// <summary>The pain comes back after every run.</summary>
    public bool? ComesBackAfterEveryRun { get; init; }

    /// <summary>The runner recently increased their mileage.</summary>
    public bool? MileageIncreased { get; init; }

    /// <summary>Weekly (or usual) distance before the increase, if stated.</summary>
    public double? MileageBefore { get; init; }

    /// <summary>Weekly (or usual) distance after the increase, if stated.</summary>
    public double? MileageAfter { get; init; }

    /// <summary>The distance unit the runner used ("miles", "km"), if stated.</summary>
    public string? DistanceUnit { get; init; }

    /// <summary>The runner recently ran faster or harder than usual (speed work, races).</summary>
    public bool? IntensityIncreased { get; init; }

    /// <summary>
    /// The runner has started running hills. Noted from the runner's own words for the clinic's record only: hills are
    /// not in the clinic's article, so they are neither asked about nor counted towards a cause.
    /// </summary>
    public bool? NewHills { get; init; }

    /// <summary>
    /// The runner runs on uneven ground (trails, rocks, cobblestones); <c>false</c> for flat, even surfaces such as
    /// roads, pavement, a track or a treadmill (the article's advice is "flat, even surfaces").
    /// </summary>
    public bool? UnevenSurface { get; init; }

    /// <summary>The surface in the runner's words, e.g. "concrete" or "trails".</summary>
    public string? SurfacePhrase { get; init; }

    /// <summary>How often the runner trains their core.</summary>
    public CoreTrainingFrequency? CoreTraining { get; init; }

    /// <summary>The runner leans forward when running.</summary>
    public bool? LeansForward { get; init; }

    /// <summary>The runner takes long strides (overstriding).</summary>
    public bool? LongStrides { get; init; }

    /// <summary>The runner's head and shoulders drift out of line (head down, shoulders hunched).</summary>
    public bool? HeadAndShouldersOutOfLine { get; init; }

    /// <summary>The runner drinks water during runs.</summary>
    public bool? DrinksWaterDuringRuns { get; init; }

    /// <summary>The run was on a hot or humid day.</summary>
    public bool? HotOrHumid { get; init; }

    /// <summary>The weather in the runner's words, e.g. "humid".</summary>
    public string? WeatherPhrase { get; init; }

    /// <summary>The runner lands on their heels.</summary>
    public bool? HeelStrike { get; init; }

    /// <summary>The runner's shoes are old, worn out or unsupportive (kept for the record; the article gives shoes as advice, not a cause).</summary>
    public bool? WornOrUnsupportiveShoes { get; init; }

    /// <summary>The shoes in the runner's words, e.g. "worn out".</summary>
    public string? ShoesPhrase { get; init; }
}
