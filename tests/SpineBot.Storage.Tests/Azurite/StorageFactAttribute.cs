using Xunit.Sdk;

namespace SpineBot.Storage.Tests.Azurite;

/// <summary>
/// A fact that runs against every backend; in a class marked <see cref="NeedsAzuriteAttribute"/> it is reported as
/// skipped when <c>SPINEBOT_SKIP_AZURITE=1</c> (and fails, through the fixture, when Azurite is missing otherwise).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("SpineBot.Storage.Tests.Azurite.StorageFactDiscoverer", "SpineBot.Storage.Tests")]
public sealed class StorageFactAttribute : FactAttribute;
