using System.Diagnostics;
using SpineBot.Tests.Hosting;

namespace SpineBot.Tests.Security;

public sealed class SecretScanTests
{
    private static readonly string[] TextExtensions =
        [".cs", ".json", ".md", ".js", ".css", ".html", ".props", ".targets", ".csproj", ".sh", ".py", ".yml", ".yaml", ".txt", ".sln", ".config"];

    [Fact]
    public void The_repository_holds_no_secret()
    {
        var leaks = TrackedFiles()
            .Where(file => TextExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
            .SelectMany(file => SecretPatterns.Find(File.ReadAllText(Path.Combine(RepositoryFolders.Root, file))).Select(found => $"{file}: {found}"))
            .ToList();

        Assert.Empty(leaks);
    }

    [Fact]
    public void The_scan_recognises_a_secret_when_there_is_one()
    {
        var planted = "{ \"MicrosoftAppPassword\": \"hunter2-but-longer\" } DefaultEndpointsProtocol=https;AccountName=x;AccountKey="
            + new string('A', 86) + "==";

        Assert.Equal(2, SecretPatterns.Find(planted).Count());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/widget")]
    [InlineData("/embed.js")]
    [InlineData("/js/widget.js")]
    [InlineData("/js/chat-session.js")]
    public async Task The_pages_the_browser_loads_carry_none_of_the_configured_secrets(string path)
    {
        const string AppPassword = "app-password-that-must-stay-on-the-server";
        const string DirectLineSecret = "direct-line-secret-that-must-stay-on-the-server";
        const string StaffKey = "staff-key-that-must-stay-on-the-server";
        using var factory = new BotApplicationFactory()
            .WithSetting("DirectLine:Secret", DirectLineSecret)
            .WithSetting("Staff:ApiKey", StaffKey)
            .WithSetting("MicrosoftAppType", "SingleTenant")
            .WithSetting("MicrosoftAppId", "11111111-2222-3333-4444-555555555555")
            .WithSetting("MicrosoftAppTenantId", "66666666-7777-8888-9999-000000000000")
            .WithSetting("MicrosoftAppPassword", AppPassword);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        var headers = string.Join("\n", response.Headers.Concat(response.Content.Headers).Select(header => $"{header.Key}: {string.Join(",", header.Value)}"));

        Assert.True(response.IsSuccessStatusCode, $"{path} answered {response.StatusCode}");
        foreach (var secret in new[] { AppPassword, DirectLineSecret, StaffKey })
        {
            Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, headers, StringComparison.Ordinal);
        }
    }

    private static string[] TrackedFiles()
    {
        var git = new ProcessStartInfo("git", "ls-files -z --cached --others --exclude-standard")
        {
            WorkingDirectory = RepositoryFolders.Root,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(git)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }
}
