using SpineBot.Triage.Languages;
using SpineBot.Triage.Reports;

namespace SpineBot.Triage.Story;

/// <summary>Mixed messages ("my back duele since el sábado"): read by every language's reader, facts merged.</summary>
public sealed partial class RunnerStoryReader
{
    private List<RunnerStoryReader> _otherLanguages = [];

    /// <summary>
    /// A reader that also reads a message mixing two languages with <paramref name="otherLanguages"/>' readers first;
    /// this reader reads last, so where both understood the same fact its reading wins.
    /// </summary>
    public RunnerStoryReader AlsoReading(IEnumerable<RunnerStoryReader> otherLanguages)
    {
        ArgumentNullException.ThrowIfNull(otherLanguages);
        var copy = (RunnerStoryReader)MemberwiseClone();
        copy._otherLanguages = otherLanguages.Where(other => !ReferenceEquals(other, this)).Select(other => other.OwnLanguageOnly()).ToList();
        return copy;
    }

    private RunnerStoryReader OwnLanguageOnly()
    {
        if (_otherLanguages.Count == 0)
        {
            return this;
        }

        var copy = (RunnerStoryReader)MemberwiseClone();
        copy._otherLanguages = [];
        return copy;
    }

    private RunnerReport? ReadMixedWithOtherLanguages(string? text, RunnerReport? known, DateOnly today)
    {
        if (_otherLanguages.Count == 0 || !MessageLanguage.Detect(text).IsMixed)
        {
            return known;
        }

        var report = known;
        foreach (var other in _otherLanguages)
        {
            report = other.ReadOwnLanguage(text, report, today);
        }

        return report;
    }
}
