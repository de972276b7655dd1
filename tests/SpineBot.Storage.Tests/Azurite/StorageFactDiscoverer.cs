using Xunit.Abstractions;
using Xunit.Sdk;

namespace SpineBot.Storage.Tests.Azurite;

/// <summary>Discovers <see cref="StorageFactAttribute"/> tests, skipping the Azurite ones when told to.</summary>
public sealed class StorageFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    private readonly FactDiscoverer _facts = new(diagnosticMessageSink);

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        var needsAzurite = testMethod.TestClass.Class.GetCustomAttributes(typeof(NeedsAzuriteAttribute)).Any();
        if (needsAzurite && AzuriteFixture.Skipped)
        {
            return
            [
                new SkippedTestCase(
                    diagnosticMessageSink,
                    discoveryOptions.MethodDisplayOrDefault(),
                    discoveryOptions.MethodDisplayOptionsOrDefault(),
                    testMethod,
                    $"{AzuriteFixture.SkipVariable}=1: the Azure Blob tests are skipped."),
            ];
        }

        return _facts.Discover(discoveryOptions, testMethod, factAttribute);
    }
}
