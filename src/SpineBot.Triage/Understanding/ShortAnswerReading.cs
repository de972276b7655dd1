namespace SpineBot.Triage.Understanding;

/// <summary>A short reply read strictly: the yes/no it says, the frequency it gives, and why.</summary>
/// <param name="YesNo">Yes, no, not sure, partly, an acknowledgement, or not an answer.</param>
/// <param name="Frequency">How often, when the reply says it ("every time"), else <c>null</c>.</param>
/// <param name="Reason">Why it was read so, without the message text ("a question", "a correction", "words not in the lists").</param>
public sealed record ShortAnswerReading(YesNoReading YesNo, RunFrequency? Frequency, string Reason)
{
    /// <summary>Whether the reply is a real answer the active prompt may consume.</summary>
    public bool IsAnswer => YesNo != YesNoReading.NotAnAnswer;

    internal static ShortAnswerReading NotAnAnswer(string reason) => new(YesNoReading.NotAnAnswer, null, reason);
}
