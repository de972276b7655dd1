using SpineBot.Content.Templates;
using SpineBot.Triage.Causes;

namespace SpineBot.Content.Causes;

/// <summary>One cause of back pain after running, as the clinic's article explains it (dialogs/&lt;language&gt;/causes.json).</summary>
public sealed class CauseContent
{
    internal CauseContent(
        string id,
        string title,
        string phrase,
        string explanation,
        IReadOnlyList<string> selfCare,
        string preventionTip,
        IReadOnlyDictionary<string, IReadOnlyList<MessageTemplate>> whyItFits)
    {
        Id = id;
        Title = title;
        Phrase = phrase;
        Explanation = explanation;
        SelfCare = selfCare;
        PreventionTip = preventionTip;
        WhyItFits = whyItFits;
    }

    /// <summary>The cause id, e.g. "weak-core".</summary>
    public string Id { get; }

    /// <summary>The heading, e.g. "Lack of core muscle strength".</summary>
    public string Title { get; }

    /// <summary>The cause inside a sentence, e.g. "core muscles that aren't strong enough yet".</summary>
    public string Phrase { get; }

    /// <summary>A conversational explanation of the cause.</summary>
    public string Explanation { get; }

    /// <summary>The article's self-care steps for this cause.</summary>
    public IReadOnlyList<string> SelfCare { get; }

    /// <summary>
    /// The cause's prevention in one short line ("Build up speed and distance gradually."), for the list of all five
    /// given when no cause fits well.
    /// </summary>
    public string PreventionTip { get; }

    /// <summary>For each fact, the ways to say why it fits; the first whose details are known is used.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<MessageTemplate>> WhyItFits { get; }

    /// <summary>
    /// Why this cause fits, one short clause per contributing fact ("you said you went from 15 to 25 miles"),
    /// strongest first. Facts without wording are skipped.
    /// </summary>
    public IReadOnlyList<string> ReasonsFor(CauseMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var reasons = new List<string>();
        foreach (var evidence in match.Evidence)
        {
            if (WhyItFits.TryGetValue(evidence.FactId, out var wordings)
                && wordings.FirstOrDefault(wording => wording.CanRender(evidence.Details)) is { } wording)
            {
                reasons.Add(wording.Render(evidence.Details));
            }
        }

        return reasons;
    }
}
