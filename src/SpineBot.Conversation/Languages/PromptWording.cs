using SpineBot.Content;

namespace SpineBot.Conversation.Languages;

/// <summary>
/// The questions' words in every language, matched by id: a prompt stored in the dialog state before a language switch
/// ("How bad is it, from 0 to 10?") is sent in the conversation's new language ("¿Qué tan fuerte es, del 0 al 10?").
/// </summary>
internal sealed class PromptWording
{
    private readonly Dictionary<string, Dictionary<string, string>> _toLanguage = new(StringComparer.Ordinal);

    public PromptWording(IReadOnlyList<ClinicContent> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        foreach (var target in languages)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var source in languages.Where(source => source != target))
            {
                foreach (var question in source.Questions)
                {
                    if (target.Questions.FirstOrDefault(other => other.Id == question.Id) is { } same)
                    {
                        map.TryAdd(question.Prompt, same.Prompt);
                        map.TryAdd(question.RetryPrompt, same.RetryPrompt);
                    }
                }

                foreach (var (setId, set) in source.ChoiceSets)
                {
                    if (target.ChoiceSets.TryGetValue(setId, out var sameSet) && sameSet.Choices.Count == set.Choices.Count)
                    {
                        for (var i = 0; i < set.Choices.Count; i++)
                        {
                            map.TryAdd(set.Choices[i].Title, sameSet.Choices[i].Title);
                        }
                    }
                }
            }

            _toLanguage[target.Language] = map;
        }
    }

    /// <summary>The same words in <paramref name="language"/>, or <paramref name="text"/> itself when not a question's.</summary>
    public string In(string language, string text) =>
        _toLanguage.TryGetValue(language, out var map) && map.TryGetValue(text, out var translated) ? translated : text;
}
