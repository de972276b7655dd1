using System.Globalization;
using SpineBot.Content.Templates;

namespace SpineBot.Content.Messages;

/// <summary>
/// The dated safety net that ends every self-care answer: "If it isn't clearly better by Friday, December 4, comes
/// back after every run or gets worse, call ...; if any warning sign appears, call 911." The date is
/// <see cref="Days"/> from today in the clinic's time zone.
/// </summary>
public sealed class SafetyNetMessage
{
    private readonly MessageTemplate _text;
    private readonly string _dateFormat;
    private readonly TimeZoneInfo _timeZone;
    private readonly CultureInfo _culture;

    internal SafetyNetMessage(MessageTemplate text, int days, string dateFormat, TimeZoneInfo timeZone, CultureInfo culture)
    {
        _text = text;
        Days = days;
        _dateFormat = dateFormat;
        _timeZone = timeZone;
        _culture = culture;
    }

    /// <summary>How many days from today the date is.</summary>
    public int Days { get; }

    /// <summary>The message for a runner talking now.</summary>
    public string For(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), _timeZone);
        return For(DateOnly.FromDateTime(local.DateTime));
    }

    /// <summary>The message when today, in the clinic's time zone, is <paramref name="today"/>.</summary>
    public string For(DateOnly today) =>
        _text.Render("date", today.AddDays(Days).ToString(_dateFormat, _culture));
}
