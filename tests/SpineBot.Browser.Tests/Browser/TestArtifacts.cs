using SpineBot.Browser.Tests.Hosting;

namespace SpineBot.Browser.Tests.Browser;

/// <summary>
/// Where screenshots go: $TEST_ARTIFACTS/browser when set, else tests/SpineBot.Browser.Tests/TestResults/screenshots.
/// </summary>
internal static class TestArtifacts
{
    public static string Directory
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("TEST_ARTIFACTS") is { Length: > 0 } artifacts
                ? Path.Combine(artifacts, "browser")
                : Path.Combine(TestProjectLayout.TestProjectDirectory, "TestResults", "screenshots");
            System.IO.Directory.CreateDirectory(root);
            return root;
        }
    }

    public static string PathFor(string name) => Path.Combine(Directory, name + ".png");
}
