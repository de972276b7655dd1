using SpineBot.Content.Messages;
using SpineBot.Triage.Causes;

namespace SpineBot.Content.Causes;

/// <summary>
/// The causes of back pain after running from the clinic's article, in the article's order, with its general
/// self-care, and how the bot introduces the ones that fit (causes.json and messages.json "causes").
/// </summary>
public sealed class ArticleCauses
{
    private readonly ConversationMessages _messages;

    internal ArticleCauses(IReadOnlyList<CauseContent> causes, IReadOnlyList<string> generalSelfCare, ConversationMessages messages)
    {
        All = causes;
        GeneralSelfCare = generalSelfCare;
        _messages = messages;
    }

    /// <summary>The causes, in the article's order.</summary>
    public IReadOnlyList<CauseContent> All { get; }

    /// <summary>The article's general self-care (no drug, no dose).</summary>
    public IReadOnlyList<string> GeneralSelfCare { get; }

    /// <summary>Each cause's prevention in one line, in the article's order, for when nothing fits well.</summary>
    public IReadOnlyList<string> PreventionTips => All.Select(cause => cause.PreventionTip).ToList();

    /// <summary>A cause by id.</summary>
    /// <exception cref="KeyNotFoundException">No cause has that id.</exception>
    public CauseContent Cause(string id) =>
        All.FirstOrDefault(cause => cause.Id == id) ?? throw new KeyNotFoundException($"No cause '{id}'.");

    /// <summary>
    /// Introduces the causes that fit: "this may come from ..." for one, "a few things could be adding up: ..."
    /// for several, or the honest "nothing points clearly to one cause" when the list is empty.
    /// </summary>
    public string IntroduceCauses(IReadOnlyList<CauseMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var phrases = matches.Select(match => All.FirstOrDefault(cause => cause.Id == match.CauseId)?.Phrase).OfType<string>().ToList();
        return phrases.Count switch
        {
            0 => _messages.Causes.NothingFitsWell,
            1 => _messages.Causes.OneFits.Render("cause", phrases[0]),
            _ => _messages.Causes.SeveralFit.Render("causes", _messages.Lists.Join(phrases)),
        };
    }

    /// <summary>"That fits because you said ...", or <c>null</c> when there is nothing to say.</summary>
    public string? WhyItFits(CauseMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var reasons = All.FirstOrDefault(cause => cause.Id == match.CauseId)?.ReasonsFor(match) ?? [];
        return reasons.Count == 0 ? null : _messages.Causes.WhyItFits.Render("reasons", _messages.Lists.Join(reasons));
    }
}
