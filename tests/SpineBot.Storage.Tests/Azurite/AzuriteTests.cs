namespace SpineBot.Storage.Tests.Azurite;

/// <summary>The tests that share one Azurite; they run one after another, so one may stop and restart it.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteTests : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
