namespace SpineBot.Browser.Tests.Site;

/// <summary>The tests that share one running bot and one browser (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class SpineBotSiteDefinition : ICollectionFixture<SpineBotSite>
{
    public const string Name = "SpineBot site";
}
