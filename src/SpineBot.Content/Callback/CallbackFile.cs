using SpineBot.Content.Loading;
using SpineBot.Content.Questions;

namespace SpineBot.Content.Callback;

/// <summary>Checks callback.json.</summary>
internal static class CallbackFile
{
    public const string Name = "callback.json";

    public static CallbackContent? Read(CallbackJson json, ContentEntry root, IReadOnlyDictionary<string, ChoiceSet>? choiceSets)
    {
        var content = new
        {
            Offer = root.Text(json.Offer, "offer"),
            NamePrompt = root.Text(json.NamePrompt, "namePrompt"),
            NameRetry = root.Text(json.NameRetry, "nameRetry"),
            PhonePrompt = root.Template(json.PhonePrompt, "phonePrompt", "name"),
            PhoneRetry = root.Text(json.PhoneRetry, "phoneRetry"),
            BestTimePrompt = root.Text(json.BestTimePrompt, "bestTimePrompt"),
            BestTimeRetry = root.Text(json.BestTimeRetry, "bestTimeRetry"),
            BestTimeChoices = QuestionsFile.FindSet(root, choiceSets, root.Word(json.BestTimeChoices, "bestTimeChoices"), "bestTimeChoices"),
            Consent = root.Text(json.Consent, "consent"),
            ConsentPrompt = root.Text(json.ConsentPrompt, "consentPrompt"),
            ConsentRetry = root.Text(json.ConsentRetry, "consentRetry"),
            ConsentChoices = QuestionsFile.FindSet(root, choiceSets, root.Word(json.ConsentChoices, "consentChoices"), "consentChoices"),
            Declined = root.Text(json.Declined, "declined"),
            Confirmation = root.Template(json.Confirmation, "confirmation", "name", "phone", "bestTime"),
        };
        if (content.BestTimeChoices is null || content.ConsentChoices is null)
        {
            return null;
        }

        return new CallbackContent
        {
            Offer = content.Offer,
            NamePrompt = content.NamePrompt,
            NameRetry = content.NameRetry,
            PhonePrompt = content.PhonePrompt,
            PhoneRetry = content.PhoneRetry,
            BestTimePrompt = content.BestTimePrompt,
            BestTimeRetry = content.BestTimeRetry,
            BestTimeChoices = content.BestTimeChoices,
            Consent = content.Consent,
            ConsentPrompt = content.ConsentPrompt,
            ConsentRetry = content.ConsentRetry,
            ConsentChoices = content.ConsentChoices,
            Declined = content.Declined,
            Confirmation = content.Confirmation,
        };
    }
}
