using SpineBot.Triage.Causes;
using SpineBot.Triage.Handoff;
using SpineBot.Triage.RedFlags;
using SpineBot.Triage.Story;

namespace SpineBot.Triage;

/// <summary>The clinical rules built from one language's content. All members are thread-safe; share one instance.</summary>
/// <param name="RedFlags">Screens every message for emergencies.</param>
/// <param name="StoryReader">Reads the runner's free text into a report.</param>
/// <param name="Causes">Ranks the article's causes against a report.</param>
/// <param name="Handoff">Decides whether the clinic should check the pain.</param>
public sealed record TriageRules(RedFlagScreen RedFlags, RunnerStoryReader StoryReader, CauseMatcher Causes, ClinicHandoffRule Handoff);
