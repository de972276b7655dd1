using SpineBot.Conversation.Records;
using System.Globalization;
using System.Text;

namespace SpineBot.Staff;

/// <summary>
/// Call-back requests as CSV for a spreadsheet: quoted fields, and cells that a spreadsheet would run as a formula
/// are neutralised.
/// </summary>
internal static class CallbackRequestCsv
{
    private static readonly string[] Header = ["id", "createdAt", "name", "phone", "bestTime", "summary", "level", "reasons"];

    public static string Write(IEnumerable<CallbackRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);

        var csv = new StringBuilder();
        AppendRow(csv, Header);
        foreach (var request in requests)
        {
            AppendRow(csv,
            [
                request.Id,
                request.CreatedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture),
                request.Name,
                request.Phone,
                request.BestTime,
                request.Summary,
                request.Level,
                request.Reasons,
            ]);
        }

        return csv.ToString();
    }

    private static void AppendRow(StringBuilder csv, string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append('"').Append(Neutralise(cells[i]).Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        csv.Append("\r\n");
    }

    private static string Neutralise(string cell) =>
        cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal) ? "'" + cell : cell;
}
