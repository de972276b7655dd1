using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using SpineBot.Hosting;
using SpineBot.Tests.Hosting;

namespace SpineBot.Tests.Security;

/// <summary>
/// The red-team found AllowedHosts "*" (the Host header is echoed into streamUrl), no HSTS in Production, no security
/// headers on framework errors, and 500s for odd Host headers.
/// </summary>
public sealed class ProductionHardeningTests
{
    [Fact]
    public async Task A_host_not_in_allowed_hosts_gets_400_with_the_security_headers()
    {
        using var factory = new BotApplicationFactory().WithSetting("AllowedHosts", "spinebot.example");
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Production_sends_hsts_over_https()
    {
        using var factory = new BotApplicationFactory().WithEnvironment("Production");
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("https://spinebot.example") });

        using var response = await client.GetAsync("/healthz");

        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_sends_no_hsts()
    {
        using var factory = new BotApplicationFactory().WithEnvironment("Development");
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("https://spinebot.example") });

        using var response = await client.GetAsync("/healthz");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task An_unhandled_error_is_a_plain_500_with_the_security_headers()
    {
        using var factory = new BotApplicationFactory().WithServices(services =>
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new ThrowingEndpoint()));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/throws");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.DoesNotContain("InvalidOperationException", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a:99999", false)]
    [InlineData("a..b", false)]
    [InlineData("a:0", false)]
    [InlineData("a:12x", false)]
    [InlineData("exa mple.com", false)]
    [InlineData("localhost:3978", true)]
    [InlineData("spinebot.azurewebsites.net", true)]
    [InlineData("127.0.0.1:3978", true)]
    [InlineData("[::1]:3978", true)]
    public void Odd_host_headers_are_refused(string host, bool valid)
        => Assert.Equal(valid, HostHeaderCheck.IsValid(new HostString(host)));

    [Theory]
    [InlineData("a:99999")]
    [InlineData("a..b")]
    public async Task An_odd_host_header_gets_400_with_a_reason_not_500(string host)
    {
        using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/directline/token");
        request.Headers.TryAddWithoutValidation("Host", host);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Host header", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Serving_the_embedded_direct_line_in_production_logs_a_clear_warning()
    {
        var logs = new FakeLogCollector();
        using var factory = new BotApplicationFactory()
            .WithEnvironment("Production")
            .WithServices(services => services.AddSingleton<ILoggerProvider>(new FakeLoggerProvider(logs)));
        using var client = factory.CreateClient();

        var warning = Assert.Single(logs.GetSnapshot(), record => record.Message.Contains("embedded Direct Line", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("DirectLine:Secret", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_azure_direct_line_no_warning_is_logged()
    {
        var logs = new FakeLogCollector();
        using var factory = new BotApplicationFactory()
            .WithEnvironment("Production")
            .WithSetting("DirectLine:Secret", "placeholder-not-a-secret-0000000000000000")
            .WithServices(services => services.AddSingleton<ILoggerProvider>(new FakeLoggerProvider(logs)));
        using var client = factory.CreateClient();

        Assert.DoesNotContain(logs.GetSnapshot(), record => record.Message.Contains("embedded Direct Line", StringComparison.Ordinal));
    }

    private sealed class ThrowingEndpoint : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use(nextMiddleware => context =>
                context.Request.Path == "/throws" ? throw new InvalidOperationException("boom") : nextMiddleware(context));
            next(app);
        };
    }
}
