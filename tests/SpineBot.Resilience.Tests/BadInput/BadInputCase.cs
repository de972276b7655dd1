using SpineBot.Content;

namespace SpineBot.Resilience.Tests.BadInput;

/// <summary>One piece of bad input: how to send it to the running bot and what it should get back.</summary>
internal sealed record BadInputCase(string Name, ExpectedAnswer Expected, Func<BadInputTarget, Task<HttpResponseMessage>> SendAsync)
{
    /// <summary>The status a <see cref="ExpectedAnswer.Refused"/> case must get.</summary>
    public int Status { get; init; }

    /// <summary>What the bot must say to an <see cref="ExpectedAnswer.Answered"/> case, in the content's words.</summary>
    public Func<ClinicContent, string>? MustSay { get; init; }

    public override string ToString() => Name;
}
