using System.Text.RegularExpressions;
using SpineBot.Content.Templates;
using SpineBot.Triage.Levels;

namespace SpineBot.Content.RedFlags;

/// <summary>
/// What the bot says while an emergency or crisis advice holds (red-flags.json "latch"): the advice again, kindly, with
/// one sentence of why and the clinic's number for afterwards; and how it lets go when the runner was mistaken.
/// </summary>
public sealed class LatchWording
{
    private readonly Regex? _letGo;

    internal LatchWording(string repeat, IReadOnlyDictionary<TriageLevel, MessageTemplate> why, string afterwards, string letGo, Regex? letGoCues)
    {
        Repeat = repeat;
        Why = why;
        Afterwards = afterwards;
        LetGo = letGo;
        _letGo = letGoCues;
    }

    /// <summary>The kind opening of the repeated advice ("I hear you...").</summary>
    public string Repeat { get; }

    /// <summary>One sentence of why, per latching level ({reasons} lists what was found).</summary>
    public IReadOnlyDictionary<TriageLevel, MessageTemplate> Why { get; }

    /// <summary>The clinic's number for afterwards.</summary>
    public string Afterwards { get; }

    /// <summary>Said when the advice lets go (the runner was mistaken or meant someone else).</summary>
    public string LetGo { get; }

    /// <summary>Whether the message says the warning sign was a mistake or someone else's.</summary>
    public bool LetsGo(string? text)
    {
        if (_letGo is null || string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        try
        {
            return _letGo.IsMatch(Triage.Language.MessageReader.Normalize(text));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
