namespace SpineBot.Conversation.Safety;

/// <summary>Where the safety check is: the group being asked, and whether the runner was unsure of an earlier one.</summary>
/// <param name="Group">The index of the group being asked.</param>
/// <param name="Unsure">The runner said "not sure" (or gave no answer three times) to an earlier group.</param>
internal sealed record SafetyCheckProgress(int Group, bool Unsure);
