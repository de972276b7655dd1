namespace SpineBot.Staff;

/// <summary>
/// The clinic staff's access to call-back requests and feedback (configuration section <c>Staff</c>).
/// </summary>
internal sealed class StaffOptions
{
    public const string SectionName = "Staff";

    /// <summary>The key staff tools send in the <c>X-Api-Key</c> header; empty disables the staff endpoints.</summary>
    public string? ApiKey { get; set; }
}
