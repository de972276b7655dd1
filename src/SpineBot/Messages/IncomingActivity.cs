using Microsoft.Bot.Schema;

namespace SpineBot.Messages;

/// <summary>
/// The outcome of reading a request body as a Bot Framework activity: the activity, or why it was refused.
/// </summary>
internal sealed class IncomingActivity
{
    private IncomingActivity(Activity? activity, int statusCode, string? problem)
    {
        Activity = activity;
        StatusCode = statusCode;
        Problem = problem;
    }

    /// <summary>The activity, when the body was a usable one.</summary>
    public Activity? Activity { get; }

    /// <summary>The HTTP status to answer with when the body was refused.</summary>
    public int StatusCode { get; }

    /// <summary>A reason a developer can act on, when the body was refused.</summary>
    public string? Problem { get; }

    public static IncomingActivity Accepted(Activity activity) => new(activity, StatusCodes.Status200OK, null);

    public static IncomingActivity Refused(int statusCode, string problem) => new(null, statusCode, problem);
}
