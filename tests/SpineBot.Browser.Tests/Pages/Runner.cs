using System.Globalization;
using SpineBot.Content;
using SpineBot.Content.Messages;
using SpineBot.Content.Questions;

namespace SpineBot.Browser.Tests.Pages;

/// <summary>
/// A runner answering the bot's questions in the widget, whichever the bot decides to ask: the answers it was told
/// to type are typed, the buttons it was told to click are clicked, and any other question is answered with its
/// "No" button (its first button when it has no "No"), or a middling number. A question the bot asks again because it
/// did not understand the answer fails the conversation.
/// </summary>
internal sealed class Runner(ChatWidget chat, ClinicContent content)
{
    private const string No = "no";

    private readonly Dictionary<string, string> typed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> chosen = new(StringComparer.Ordinal);
    private readonly List<string> answered = [];

    /// <summary>The ids of the questions answered so far, in the order the bot asked them.</summary>
    public IReadOnlyList<string> Answered => answered;

    /// <summary>Answers question <paramref name="questionId"/>, if the bot asks it, by typing <paramref name="answer"/>.</summary>
    public Runner Types(string questionId, string answer)
    {
        typed[questionId] = answer;
        return this;
    }

    /// <summary>Answers question <paramref name="questionId"/>, if the bot asks it, by clicking the button of the answer <paramref name="value"/>.</summary>
    public Runner Clicks(string questionId, string value)
    {
        chosen[questionId] = value;
        return this;
    }

    /// <summary>
    /// Answers each group of the safety check, asked at position <paramref name="from"/> or later, with its "No" button; returns the
    /// position of the question that follows.
    /// </summary>
    public async Task<int> AnswersNoToTheSafetyCheckAsync(int from)
    {
        var safetyCheck = content.RedFlags.SafetyCheck ?? throw new InvalidOperationException("The content has no safety check.");
        var asked = await chat.WaitForQuestionAsync(safetyCheck.FirstQuestion, from);
        await chat.ChooseAsync(TitleOf(safetyCheck.Choices, No));
        foreach (var group in safetyCheck.Groups.Skip(1))
        {
            asked = await chat.WaitForQuestionAsync(group.Prompt, asked + 1);
            await chat.ChooseAsync(TitleOf(safetyCheck.Choices, No));
        }

        return await chat.WaitForBotMessageAsync(text => QuestionAsked(text) is not null || IsPersistentPainOffer(text), asked + 1, "the question after the safety check");
    }

    /// <summary>
    /// Answers each question the bot asks from position <paramref name="from"/> on, until the bot says
    /// <paramref name="until"/>; returns the position of that message.
    /// </summary>
    public async Task<int> AnswerQuestionsUntilAsync(string until, int from)
    {
        for (var asked = 0; asked <= content.Questions.Count; asked++)
        {
            var at = await chat.WaitForBotMessageAsync(
                text => ShownText.Contains(text, until) || QuestionAsked(text) is not null || IsPersistentPainOffer(text) || IsAskedAgain(text),
                from,
                $"a question or \"{until}\"");
            var text = (await chat.BotTextsAsync())[at];
            if (ShownText.Contains(text, until))
            {
                return at;
            }

            if (IsPersistentPainOffer(text))
            {
                // Pain that lingers hears "have it looked at" first, then a choice: this runner goes through the questions.
                var offer = content.Messages.PersistentPain!;
                await chat.ChooseAsync(TitleOf(offer.Choices, PersistentPainOffer.Questions));
                from = at + 1;
                continue;
            }

            var question = QuestionAsked(text)
                ?? throw new InvalidOperationException($"The bot did not understand an answer and asked again:\n{await chat.TranscriptAsync()}");
            from = at + 1;
            await AnswerAsync(question);
            answered.Add(question.Id);
        }

        throw new InvalidOperationException($"The bot asked more questions than it has:\n{await chat.TranscriptAsync()}");
    }

    private bool IsPersistentPainOffer(string text) =>
        content.Messages.PersistentPain is { } offer && ShownText.Is(text, offer.Prompt);

    private QuestionContent? QuestionAsked(string text) =>
        content.Questions.FirstOrDefault(question => ShownText.Is(text, question.Prompt));

    private bool IsAskedAgain(string text) =>
        content.Messages.NotUnderstood.Any(opener => ShownText.Contains(text, opener))
        || content.Questions.Any(question => ShownText.Contains(text, question.RetryPrompt))
        || ShownText.Contains(text, content.Messages.TooManyMisses);

    private async Task AnswerAsync(QuestionContent question)
    {
        if (typed.TryGetValue(question.Id, out var answer))
        {
            await chat.SendAsync(answer);
        }
        else if (question.Choices is { } choices)
        {
            var value = chosen.GetValueOrDefault(question.Id)
                ?? (choices.Choices.Any(choice => choice.Value == No) ? No : choices.Choices[0].Value);
            await chat.ChooseAsync(TitleOf(choices, value));
        }
        else if (question.Range is { } range)
        {
            await chat.SendAsync(((range.Minimum + range.Maximum) / 2).ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            throw new InvalidOperationException($"Question '{question.Id}' has neither buttons nor a number range.");
        }
    }

    private static string TitleOf(ChoiceSet choices, string value) =>
        choices.Choices.FirstOrDefault(choice => choice.Value == value)?.Title
        ?? throw new InvalidOperationException($"The answers '{choices.Id}' have no '{value}'.");
}
