using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Intake;

/// <summary>What the intake found out.</summary>
/// <param name="Report">The facts: from the runner's story and the answers.</param>
/// <param name="SafetyUnsure">The runner was not sure about the warning signs: the clinic's number is offered at the end.</param>
/// <param name="Emergency">The runner has a warning sign: they were sent to 911 and the conversation stops.</param>
internal sealed record IntakeResult(RunnerReport Report, bool SafetyUnsure, bool Emergency);
