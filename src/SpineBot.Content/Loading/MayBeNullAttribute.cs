namespace SpineBot.Content.Loading;

/// <summary>
/// A content member that may be written as <c>null</c> (a clinic detail not confirmed yet); every other member's
/// schema leaves null out, since the loader refuses it anyway.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class MayBeNullAttribute : Attribute;
