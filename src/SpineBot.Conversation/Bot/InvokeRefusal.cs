using System.Net;
using Microsoft.Bot.Builder;

namespace SpineBot.Conversation.Bot;

/// <summary>
/// The answer to an invoke activity the bot does not handle: 400 with a JSON body giving the reason, never a 5xx
/// (Bot Framework's default 501 would read as a server failure).
/// </summary>
internal static class InvokeRefusal
{
    private const int MostNameCharacters = 100;

    public static InvokeResponse For(string? invokeName)
    {
        var name = string.IsNullOrEmpty(invokeName) ? null : invokeName.Length > MostNameCharacters ? invokeName[..MostNameCharacters] : invokeName;
        return new InvokeResponse
        {
            Status = (int)HttpStatusCode.BadRequest,
            Body = new InvokeRefusalBody(
                "unsupportedInvoke",
                name is null
                    ? "This bot does not handle invoke activities without a name."
                    : $"This bot does not handle invoke activities named '{name}'.",
                name),
        };
    }
}
