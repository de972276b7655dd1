using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using SpineBot.Tests.Hosting;

namespace SpineBot.Tests.Security;

public sealed class LogPrivacyTests
{
    private const string Story = "My lower back has ached after every run for 3 weeks since I went from 15 to 25 miles";
    private const string Name = "Dana Whitfield";
    private const string Phone = "310-555-0142";

    [Fact]
    public async Task A_conversation_with_a_name_and_a_phone_number_leaves_neither_in_the_logs()
    {
        var logs = new FakeLogCollector();
        using var factory = new BotApplicationFactory()
            .WithSetting("Logging:LogLevel:Default", "Information")
            .WithSetting("Logging:LogLevel:Microsoft.AspNetCore", "Information")
            .WithSetting("Logging:LogLevel:Microsoft.Bot", "Information")
            .WithServices(services => services.AddSingleton<ILoggerProvider>(new FakeLoggerProvider(logs)));
        using var client = factory.CreateClient();

        var said = new List<string>();
        foreach (var line in new[] { Story, "no", "talk to the clinic", "Ask them to call me", Name, Phone, "Morning", "yes" })
        {
            said.AddRange((await client.PostForRepliesAsync(ActivityBuilder.Message(line, "privacy-1", "webchat"))).Texts());
        }

        Assert.Contains(said, text => text.Contains(Phone, StringComparison.Ordinal));
        var logged = logs.GetSnapshot()
            .Where(record => record.Level >= LogLevel.Information)
            .Select(record => $"{record.Category}: {record.Message} {record.Exception}")
            .ToList();
        Assert.NotEmpty(logged);
        foreach (var secret in new[] { "Dana", "Whitfield", "555-0142", "5550142", "15 to 25 miles", "ached after every run" })
        {
            Assert.DoesNotContain(logged, line => line.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }
}
