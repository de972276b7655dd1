using System.Globalization;

namespace SpineBot.Resilience.Tests.Conversations;

/// <summary>
/// A runner's side of a whole triage: the story they open with and how they answer each question, whatever order
/// the bot asks them in (keys: <see cref="AskedQuestion"/>'s and the question ids of questions.json).
/// </summary>
internal sealed class RunnerScript
{
    private readonly IReadOnlyDictionary<string, string> _answers;

    private RunnerScript(string story, IReadOnlyDictionary<string, string> answers)
    {
        Story = story;
        _answers = answers;
    }

    /// <summary>What the runner types first.</summary>
    public string Story { get; }

    /// <summary>
    /// A runner whose lower back hurts since a mileage jump from <paramref name="before"/> to <paramref name="after"/>
    /// miles a week, rating it <paramref name="severity"/> when asked; no warning signs, rarely any core work,
    /// declining a call-back if offered, finding the chat helpful.
    /// </summary>
    public static RunnerScript MileageJump(int before, int after, int severity) => new(
        string.Create(CultureInfo.InvariantCulture, $"My lower back has been hurting after my runs since I went from {before} to {after} miles a week"),
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [AskedQuestion.SafetyCheck] = "No",
            [AskedQuestion.PersistentPainOffer] = "A few questions",
            ["location"] = "Lower back",
            ["side"] = "In the middle",
            ["severity"] = severity.ToString(CultureInfo.InvariantCulture),
            ["duration"] = "A few days",
            ["trend"] = "About the same",
            ["legSymptoms"] = "No",
            ["afterEveryRun"] = "No",
            ["mileageIncrease"] = "Yes",
            ["intensityIncrease"] = "No",
            ["hills"] = "No",
            ["surface"] = "treadmill",
            ["coreTraining"] = "Rarely",
            ["leansForward"] = "No",
            ["longStrides"] = "No",
            ["headAndShoulders"] = "No",
            ["waterDuringRuns"] = "Yes",
            ["hotOrHumid"] = "No",
            ["heelStrike"] = "No",
            ["wornShoes"] = "No",
            [AskedQuestion.CallbackOffer] = "No thanks",
            [AskedQuestion.Feedback] = "Yes",
        });

    /// <summary>The runner's answer to a question, or null when the script has none.</summary>
    public string? AnswerTo(string questionKey) => _answers.GetValueOrDefault(questionKey);
}
