namespace SpineBot.Storage.Tests.Azurite;

/// <summary>Marks a test class whose <see cref="StorageFactAttribute"/> tests run against Azurite.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class NeedsAzuriteAttribute : Attribute;
