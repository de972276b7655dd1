using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace SpineBot.WebChat;

/// <summary>
/// Stops the start, naming the setting, when a frame ancestor is not a plain origin (it goes into the
/// Content-Security-Policy header verbatim, so anything else could weaken the policy).
/// </summary>
internal sealed partial class ClinicWebsiteOptionsValidator : IValidateOptions<ClinicWebsiteOptions>
{
    public ValidateOptionsResult Validate(string? name, ClinicWebsiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var failures = options.WidgetFrameAncestors
            .Where(origin => origin is null || !Origin().IsMatch(origin))
            .Select(origin => $"{ClinicWebsiteOptions.SectionName}:WidgetFrameAncestors entry '{origin}' must be an origin such as https://www.example.com or https://*.example.com, without a path.")
            .ToList();

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex(@"^https?://(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:[0-9]{1,5})?$", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Origin();
}
