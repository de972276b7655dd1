namespace SpineBot.Triage.Understanding;

/// <summary>The phrase lists a short reply is compared with, in one language (answers.json "shortAnswers").</summary>
/// <param name="Yes">"yes", "ya", "yep", "sure".</param>
/// <param name="No">"no", "nope", "nah", "not really".</param>
/// <param name="NotSure">"not sure", "idk", "maybe".</param>
/// <param name="Partly">"a bit", "kinda".</param>
/// <param name="Acknowledgement">"ok", "got it".</param>
/// <param name="Fillers">Words ignored anywhere in the reply ("um", "i think").</param>
/// <param name="Corrections">Phrases that make the reply a correction, never an answer ("no wait", "actually").</param>
/// <param name="Qualifiers">Words that may start a tail after a yes or a frequency ("esp", "after", "on").</param>
/// <param name="Frequencies">The phrases of each frequency.</param>
public sealed record ShortAnswerVocabulary(
    IReadOnlyList<string> Yes,
    IReadOnlyList<string> No,
    IReadOnlyList<string> NotSure,
    IReadOnlyList<string> Partly,
    IReadOnlyList<string> Acknowledgement,
    IReadOnlyList<string> Fillers,
    IReadOnlyList<string> Corrections,
    IReadOnlyList<string> Qualifiers,
    IReadOnlyDictionary<RunFrequency, IReadOnlyList<string>> Frequencies);
