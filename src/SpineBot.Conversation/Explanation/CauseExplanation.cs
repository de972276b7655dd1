using SpineBot.Content.Causes;
using SpineBot.Content.Messages;
using SpineBot.Conversation.Wording;
using SpineBot.Triage;
using SpineBot.Triage.Causes;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Explanation;

/// <summary>
/// Writes the explanation from the clinic's article in at most three phone-sized bubbles (about 60 words each): what
/// may be behind it and why it fits in the runner's own facts (or, honestly, that nothing fits well, with a tip for
/// each cause); the self-care, the cause's first and then the general advice it does not already repeat; and, for
/// self-care, the dated safety net with the clinic's number and the not-a-diagnosis reminder.
/// </summary>
internal sealed class CauseExplanation(ConversationMessages messages, TriageRules triage, ArticleCauses articleCauses, TimeProvider time)
{
    /// <summary>How many causes are explained at most.</summary>
    public const int MostCausesExplained = 2;

    /// <summary>The messages to send, in order (three at most).</summary>
    public IReadOnlyList<string> Write(RunnerReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var causes = messages.Causes;
        var top = triage.Causes.Rank(report).Take(MostCausesExplained).ToList();
        var selfCare = !triage.Handoff.Assess(report).IsRecommended;
        var texts = new List<string> { WhatMayBeBehindIt(top) };

        // Each cause's first step before any cause's second, so two causes both get their main advice.
        var advice = top.SelectMany(match => articleCauses.Cause(match.CauseId).SelfCare.Select((step, rank) => (step, rank)))
            .OrderBy(item => item.rank)
            .Select(item => item.step);
        texts.Add(top.Count == 0
            ? PhoneBubble.List(causes.AllCausesIntro, articleCauses.PreventionTips.Concat(articleCauses.GeneralSelfCare))
            : PhoneBubble.List(causes.SelfCareIntro, advice.Concat(articleCauses.GeneralSelfCare)));

        var closing = selfCare
            ? MessageText.Sentences(messages.Reassurance, messages.SafetyNet.For(time), causes.NotADiagnosisReminder)
            : causes.NotADiagnosisReminder;
        if (PhoneBubble.Words(closing) > PhoneBubble.MaxWords)
        {
            closing = MessageText.Sentences(messages.SafetyNet.For(time), causes.NotADiagnosisReminder);
        }

        texts.Add(closing);
        return texts;
    }

    /// <summary>The cause (with the article's explanation when it fits in the bubble) and why it fits; or that nothing fits well.</summary>
    private string WhatMayBeBehindIt(List<CauseMatch> top)
    {
        var intro = articleCauses.IntroduceCauses(top);
        if (top.Count == 0)
        {
            return intro;
        }

        var why = top.Select(articleCauses.WhyItFits).OfType<string>().ToList();
        if (top.Count == 1)
        {
            var withExplanation = MessageText.Sentences([intro, articleCauses.Cause(top[0].CauseId).Explanation, .. why]);
            if (PhoneBubble.Words(withExplanation) <= PhoneBubble.MaxWords)
            {
                return withExplanation;
            }
        }

        return MessageText.Sentences([intro, .. why]);
    }
}
