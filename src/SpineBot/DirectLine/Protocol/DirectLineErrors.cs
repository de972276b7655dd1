namespace SpineBot.DirectLine.Protocol;

/// <summary>
/// Direct Line's error body, <c>{"error":{"code":"...","message":"..."}}</c>, with the statuses Web Chat reacts to:
/// 401/403 for a missing, unknown, expired or foreign token (403 makes Web Chat report an expired token), 404 for a
/// conversation that is gone (Web Chat ends the chat).
/// </summary>
internal static class DirectLineErrors
{
    public static IResult MissingToken(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.WWWAuthenticate = "Bearer";
        return Error(StatusCodes.Status401Unauthorized, "MissingToken", "Send 'Authorization: Bearer <token>' with a token from /api/directline/token.");
    }

    public static IResult UnknownToken() =>
        Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token is unknown or has expired; get a new one.");

    public static IResult ForeignConversation() =>
        Error(StatusCodes.Status403Forbidden, "Forbidden", "This token is for another conversation.");

    public static IResult UnknownConversation() =>
        Error(StatusCodes.Status404NotFound, "NotFound", "There is no such conversation (it may have ended after a long pause).");

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult Error(int statusCode, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: statusCode);
}
