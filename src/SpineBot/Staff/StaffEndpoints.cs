using SpineBot.Conversation.Records;

namespace SpineBot.Staff;

/// <summary>
/// The clinic staff's endpoints, behind the staff API key: open call-back requests (JSON or CSV), marking one
/// done, and the runners' feedback.
/// </summary>
internal static class StaffEndpoints
{
    public const string Prefix = "/api/staff";

    public static IEndpointRouteBuilder MapStaffEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var staff = endpoints.MapGroup(Prefix).AddEndpointFilter<StaffApiKeyFilter>();
        staff.MapGet("/callback-requests", ListCallbackRequestsAsync);
        staff.MapGet("/callback-requests.csv", ListCallbackRequestsAsCsvAsync);
        staff.MapPost("/callback-requests/{id}/done", MarkDoneAsync);
        staff.MapGet("/feedback", ListFeedbackAsync);
        return endpoints;
    }

    private static async Task<IResult> ListCallbackRequestsAsync(HttpRequest request, ICallbackRequestStore store, CancellationToken cancellationToken)
    {
        var open = await store.ListOpenAsync(cancellationToken);
        return WantsCsv(request) ? Csv(open) : Results.Json(open);
    }

    private static async Task<IResult> ListCallbackRequestsAsCsvAsync(ICallbackRequestStore store, CancellationToken cancellationToken) =>
        Csv(await store.ListOpenAsync(cancellationToken));

    private static async Task<IResult> MarkDoneAsync(string id, ICallbackRequestStore store, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        await store.MarkDoneAsync(id, timeProvider.GetUtcNow(), cancellationToken)
            ? Results.NoContent()
            : Results.Problem(detail: "There is no open call-back request with that id.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> ListFeedbackAsync(IFeedbackStore store, CancellationToken cancellationToken) =>
        Results.Json(await store.ListAsync(cancellationToken));

    private static bool WantsCsv(HttpRequest request) =>
        string.Equals(request.Query["format"], "csv", StringComparison.OrdinalIgnoreCase)
        || request.Headers.Accept.Any(accept => accept?.Contains("text/csv", StringComparison.OrdinalIgnoreCase) == true);

    private static IResult Csv(IEnumerable<CallbackRequest> requests) =>
        Results.Text(CallbackRequestCsv.Write(requests), "text/csv; charset=utf-8");
}
