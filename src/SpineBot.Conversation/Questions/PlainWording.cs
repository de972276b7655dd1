using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SpineBot.Content.Answers;
using SpineBot.Conversation.Wording;

namespace SpineBot.Conversation.Questions;

/// <summary>
/// "What do you mean?", "huh?" at a question: the question is asked again in plainer words (each question's, group's
/// and prompt's "plain" wording in the content), after the content's one-line "I'll put it another way".
/// </summary>
internal static class PlainWording
{
    /// <summary>Whether the runner's message asks what the question means.</summary>
    public static bool IsAsked(RunnerAnswers answers, ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(turnContext);
        return answers.Matcher.Match(turnContext.Activity?.Text).AnswerId == AnswerIds.WhatDoYouMean;
    }

    /// <summary>The question again, in <paramref name="plain"/> words, after the content's opener.</summary>
    public static Activity Say(RunnerAnswers answers, string plain)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return MessageFactory.Text(MessageText.Sentences(answers.Answer(AnswerIds.WhatDoYouMean).Text(AnswerSituation.NothingConcerning), plain));
    }
}
