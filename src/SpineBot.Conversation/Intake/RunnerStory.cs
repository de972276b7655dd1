using Microsoft.Bot.Builder;
using SpineBot.Content;
using SpineBot.Conversation.Questions;
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

    public static bool IsTold(ClinicContent content, ITurnContext turnContext, RunnerReport facts)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(facts);
        var text = turnContext.Activity?.Text;
        if (string.IsNullOrWhiteSpace(text) || PlainWording.IsAsked(content, turnContext) || content.Triage.RedFlags.Reader.Read(text).IsQuestion)
        {
            return false;
        }

        var words = text.ToLowerInvariant().Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries);
        return facts != new RunnerReport()
            || words.Length >= WordsInAStory
            || words.Any(word => content.Messages.Welcome.StoryWords.Contains(word, StringComparer.Ordinal));
    }
}
