using SpineBot.Conversation.Records;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SpineBot.Tests.Hosting;

namespace SpineBot.Tests.Staff;

public sealed class StaffEndpointTests : IDisposable
{
    private const string Key = "staff-key-for-tests-only";

    private readonly BotApplicationFactory _factory = new BotApplicationFactory().WithSetting("Staff:ApiKey", Key);

    [Fact]
    public async Task Without_the_key_staff_get_401_and_with_a_wrong_key_403()
    {
        using var client = _factory.CreateClient();

        using var noKey = await client.GetAsync("/api/staff/callback-requests");
        using var wrongKey = await SendAsync(client, HttpMethod.Get, "/api/staff/callback-requests", "not-the-key");

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongKey.StatusCode);
    }

    [Fact]
    public async Task With_no_key_configured_the_staff_endpoints_are_off()
    {
        using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();

        using var response = await SendAsync(client, HttpMethod.Get, "/api/staff/callback-requests", "anything");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains("Staff:ApiKey", (string?)problem!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_see_open_requests_as_json_and_mark_them_done()
    {
        using var client = _factory.CreateClient();
        var store = _factory.Services.GetRequiredService<ICallbackRequestStore>();
        await store.AddAsync(Request("req-1", "Dana", "310-555-0100") with { Level = "consultation-24h", Reasons = "fever" });
        await store.AddAsync(Request("req-2", "Sam", "310-555-0199"));

        using var listed = await SendAsync(client, HttpMethod.Get, "/api/staff/callback-requests", Key);
        var open = await listed.Content.ReadFromJsonAsync<JsonArray>();
        using var done = await SendAsync(client, HttpMethod.Post, "/api/staff/callback-requests/req-1/done", Key);
        using var relisted = await SendAsync(client, HttpMethod.Get, "/api/staff/callback-requests", Key);
        var stillOpen = await relisted.Content.ReadFromJsonAsync<JsonArray>();

        Assert.Equal(["req-1", "req-2"], open!.Select(item => (string?)item!["id"]));
        Assert.Equal("310-555-0100", (string?)open![0]!["phone"]);
        Assert.Equal("consultation-24h", (string?)open![0]!["level"]);
        Assert.Equal("fever", (string?)open![0]!["reasons"]);
        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        Assert.Equal(["req-2"], stillOpen!.Select(item => (string?)item!["id"]));
    }

    [Fact]
    public async Task Marking_an_unknown_request_done_gets_404()
    {
        using var client = _factory.CreateClient();

        using var response = await SendAsync(client, HttpMethod.Post, "/api/staff/callback-requests/no-such-id/done", Key);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Staff_can_download_open_requests_as_csv_that_a_spreadsheet_cannot_run()
    {
        using var client = _factory.CreateClient();
        var store = _factory.Services.GetRequiredService<ICallbackRequestStore>();
        await store.AddAsync(Request("req-csv", "=HYPERLINK(\"x\")", "310-555-0142") with { Summary = "lower back, \"7/10\", 3 weeks", Level = "emergency", Reasons = "saddle-numbness" });

        using var response = await SendAsync(client, HttpMethod.Get, "/api/staff/callback-requests.csv", Key);
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\"id\",\"createdAt\",\"name\",\"phone\",\"bestTime\",\"summary\",\"level\",\"reasons\"", lines[0]);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"lower back, \"\"7/10\"\", 3 weeks\"", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("\"emergency\",\"saddle-numbness\"", lines[1], StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private static CallbackRequest Request(string id, string name, string phone) =>
        new(id, "conversation-1", name, phone, "Mornings", "lower back, 5/10", DateTimeOffset.Parse("2026-11-20T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string key)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Api-Key", key);
        return await client.SendAsync(request);
    }
}
