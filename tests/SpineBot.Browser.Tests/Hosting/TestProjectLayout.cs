using System.Reflection;

namespace SpineBot.Browser.Tests.Hosting;

/// <summary>
/// Where this test project is, as recorded in this assembly by the project file (for the screenshots folder).
/// </summary>
internal static class TestProjectLayout
{
    /// <summary>This test project's folder.</summary>
    public static string TestProjectDirectory =>
        typeof(TestProjectLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "TestProjectDirectory")?.Value
        ?? throw new InvalidOperationException("The test assembly has no 'TestProjectDirectory' metadata; rebuild the test project.");
}
