using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SpineBot.Dialogs.Prompts;

/// <summary>Copies stored prompt activities before sending, so sending (which stamps ids and addresses) never changes state.</summary>
internal static class ActivityCopy
{
    public static IMessageActivity AsMessage(IActivity source)
    {
        var copy = JObject.FromObject(source).ToObject<Activity>() ?? new Activity();
        copy.Type ??= ActivityTypes.Message;
        copy.InputHint ??= InputHints.ExpectingInput;
        return copy;
    }
}
