namespace SpineBot.Content.Answers;

/// <summary>The answer ids the conversation relies on; every language's answers.json must have them all.</summary>
public static class AnswerIds
{
    /// <summary>"Is it serious?": answered by situation.</summary>
    public const string IsItSerious = "is-it-serious";

    /// <summary>"I'm freaking out": acknowledged in one sentence before going on.</summary>
    public const string Worry = "worry";

    /// <summary>"What do you mean?": the pending question is asked again more plainly.</summary>
    public const string WhatDoYouMean = "what-do-you-mean";

    /// <summary>"Thanks".</summary>
    public const string Thanks = "thanks";

    /// <summary>"Hi".</summary>
    public const string Greeting = "greeting";

    /// <summary>Another body part than the back.</summary>
    public const string OtherBodyPart = "other-body-part";

    /// <summary>A question nothing answers (answers.json "unknownQuestion").</summary>
    public const string UnknownQuestion = "unknown-question";

    /// <summary>Every id each language must have.</summary>
    public static IReadOnlyList<string> Required { get; } =
    [
        "why-ask", WhatDoYouMean, "pain-relievers", "sciatica-or-disc", IsItSerious, "keep-running", "heat-or-ice",
        "stretching", "core-exercises", "running-form", "shoes", "water", "running-surface", "surgery", "other-treatments",
        "recovery-time", "what-to-do", "see-a-doctor", "bot-identity", "clinic-phone", "clinic-location", "clinic-hours",
        "appointments", "insurance", OtherBodyPart, Worry, Thanks, Greeting, "joke", "out-of-scope",
    ];
}
