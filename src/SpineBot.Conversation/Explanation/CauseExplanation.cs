using SpineBot.Content;
using SpineBot.Conversation.Wording;
using SpineBot.Triage.Causes;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Explanation;

/// <summary>
/// Writes the explanation from the clinic's article: the top one or two causes that fit, why they fit in the
/// runner's own facts, each cause's self-care, then the general self-care; or, honestly, that nothing fits well,
/// followed by a one-line tip for each of the five causes and the general advice. Self-care ends with the dated
/// safety net and the clinic's number.
/// </summary>
internal sealed class CauseExplanation(ClinicContent content, TimeProvider time)
{
    /// <summary>How many causes are explained at most.</summary>
    public const int MostCausesExplained = 2;

    /// <summary>The messages to send, in order.</summary>
    public IReadOnlyList<string> Write(RunnerReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var messages = content.Messages;
        var top = content.Triage.Causes.Rank(report).Take(MostCausesExplained).ToList();
        var selfCare = !content.Triage.Handoff.Assess(report).IsRecommended;
        var texts = new List<string>();
        if (selfCare)
        {
            texts.Add(messages.Reassurance);
        }

        texts.Add(top.Count == 0
            ? MessageText.List(content.IntroduceCauses(top) + " " + messages.Causes.AllCausesIntro, content.PreventionTips)
            : content.IntroduceCauses(top));
        texts.AddRange(top.Select(Describe));
        texts.Add(MessageText.Paragraphs(
            MessageText.List(messages.Causes.GeneralSelfCareIntro, content.GeneralSelfCare),
            messages.Causes.NotADiagnosisReminder));
        if (selfCare)
        {
            texts.Add(messages.SafetyNet.For(time));
        }

        return texts;
    }

    private string Describe(CauseMatch match)
    {
        var cause = content.Cause(match.CauseId);
        return MessageText.Paragraphs(
            MessageText.Bold(cause.Title),
            MessageText.Sentences(cause.Explanation, content.WhyItFits(match)),
            MessageText.List(content.Messages.Causes.SelfCareIntro, cause.SelfCare));
    }
}
