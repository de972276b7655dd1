using Microsoft.Bot.Schema;

namespace SpineBot.DirectLine.Turns;

/// <summary>The outcome of reading a client's posted activity: the activity, or why it was refused.</summary>
internal sealed record PostedActivity(Activity? Activity, int StatusCode, string? Problem)
{
    public static PostedActivity Accepted(Activity activity) => new(activity, StatusCodes.Status200OK, null);

    public static PostedActivity Refused(int statusCode, string problem) => new(null, statusCode, problem);
}
