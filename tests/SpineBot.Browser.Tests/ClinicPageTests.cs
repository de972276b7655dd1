using SpineBot.Browser.Tests.Browser;
using SpineBot.Browser.Tests.Hosting;
using SpineBot.Browser.Tests.Pages;
using SpineBot.Browser.Tests.Site;

namespace SpineBot.Browser.Tests;

[Collection(SpineBotSiteDefinition.Name)]
public sealed class ClinicPageTests(SpineBotSite site)
{
    [BrowserFact]
    public async Task ThePageNamesTheClinicAndOffersItsPhoneNumberAsACallLink()
    {
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop);

        Assert.Equal(200, clinic.Response.Status);
        await Assertions.Expect(clinic.Page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("The Spine Institute"));
        await Assertions.Expect(clinic.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Santa Monica");
        await Assertions.Expect(clinic.Page.GetByRole(AriaRole.Heading, new() { Name = "Back pain after a run" })).ToBeVisibleAsync();
        await Assertions.Expect(clinic.Page.Locator("a[href='tel:+13108287757']").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("310-828-7757"));
        await clinic.ScreenshotAsync("clinic-page");
    }

    [BrowserFact]
    public async Task ThePageIsServedWithAContentSecurityPolicyThatAllowsOnlyItsOwnScripts()
    {
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop);

        var headers = await clinic.Response.AllHeadersAsync();
        var policy = Directives(headers["content-security-policy"]);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("DENY", headers["x-frame-options"]);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("no-referrer", headers["referrer-policy"]);
    }

    [BrowserFact]
    public async Task AChatStaysOnTheBotsOriginAndBreaksNoSecurityPolicy()
    {
        var content = BotContent.Current;
        await using var clinic = await ClinicPage.OpenAsync(site, Device.Desktop);
        await clinic.Chat.OpenAsync();
        var from = await clinic.Chat.WaitForQuestionAsync(content.Messages.Welcome.StartPrompt) + 1;

        await clinic.Chat.SendAsync("My lower back hurts. Does **markdown** and a [link](https://example.com) load anything?");
        await new Runner(clinic.Chat, content).AnswersNoToTheSafetyCheckAsync(from);

        Assert.Empty(clinic.Watch.OutsideRequests);
        Assert.True(clinic.Watch.ConsoleErrors.Count == 0, string.Join('\n', clinic.Watch.ConsoleErrors));
    }

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(directive => directive.Split(' ', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : string.Empty);
}
