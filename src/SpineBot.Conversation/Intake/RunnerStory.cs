using Microsoft.Bot.Builder;
using SpineBot.Content.Answers;
using SpineBot.Content.Messages;
using SpineBot.Conversation.Questions;
using SpineBot.Triage;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Intake;

/// <summary>
/// Whether a message tells the runner's story: facts in it, a few words, or a short reply with one of the content's
/// <c>storyWords</c> ("back hurts"); never a message that only asks ("is heel striking bad?", "what do you mean?"), and
/// never a bare "no" or "ok".
/// </summary>
internal static class RunnerStory
{
    private const int WordsInAStory = 3;
    private static readonly char[] WordBreaks = [' ', ',', '.', ';', ':', '!', '?', '\n', '\t', '"', '(', ')'];

    public static bool IsTold(RunnerAnswers answers, TriageRules triage, WelcomeMessages welcome, ITurnContext turnContext, RunnerReport facts)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(triage);
        ArgumentNullException.ThrowIfNull(welcome);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(facts);
        var text = turnContext.Activity?.Text;
        if (string.IsNullOrWhiteSpace(text) || PlainWording.IsAsked(answers, turnContext) || triage.RedFlags.Reader.Read(text).IsQuestion)
        {
            return false;
        }

        var words = text.ToLowerInvariant().Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries);
        return facts != new RunnerReport()
            || words.Length >= WordsInAStory
            || words.Any(word => welcome.StoryWords.Contains(word, StringComparer.Ordinal));
    }
}
