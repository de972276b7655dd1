namespace SpineBot.Resilience.Tests.Hosting;

/// <summary>The tests that share one running bot.</summary>
[CollectionDefinition(Name)]
public sealed class RunningBotDefinition : ICollectionFixture<RunningBot>
{
    public const string Name = "Running bot";
}
