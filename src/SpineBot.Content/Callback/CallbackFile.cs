using SpineBot.Content.Loading;
using SpineBot.Content.Questions;

namespace SpineBot.Content.Callback;

/// <summary>Reads callback.json.</summary>
internal static class CallbackFile
{
    public const string Name = "callback.json";

    public static CallbackContent? Read(JsonSection root, IReadOnlyDictionary<string, ChoiceSet>? choiceSets)
    {
        var content = new
        {
            Offer = root.Text("offer"),
            NamePrompt = root.Text("namePrompt"),
            NameRetry = root.Text("nameRetry"),
            PhonePrompt = root.Template("phonePrompt", "name"),
            PhoneRetry = root.Text("phoneRetry"),
            BestTimePrompt = root.Text("bestTimePrompt"),
            BestTimeRetry = root.Text("bestTimeRetry"),
            BestTimeChoices = QuestionsFile.FindSet(root, choiceSets, root.Word("bestTimeChoices"), "bestTimeChoices"),
            Consent = root.Text("consent"),
            ConsentPrompt = root.Text("consentPrompt"),
            ConsentRetry = root.Text("consentRetry"),
            ConsentChoices = QuestionsFile.FindSet(root, choiceSets, root.Word("consentChoices"), "consentChoices"),
            Declined = root.Text("declined"),
            Confirmation = root.Template("confirmation", "name", "phone", "bestTime"),
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
