using Microsoft.Extensions.Options;

namespace SpineBot.Hosting;

/// <summary>
/// Stops the start, naming the setting, when the bot's identity settings cannot work together.
/// </summary>
internal sealed class BotIdentityOptionsValidator : IValidateOptions<BotIdentityOptions>
{
    private static readonly string[] AppTypes = ["MultiTenant", "SingleTenant", "UserAssignedMSI"];

    public ValidateOptionsResult Validate(string? name, BotIdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        if (string.IsNullOrWhiteSpace(options.MicrosoftAppId))
        {
            return ValidateOptionsResult.Success;
        }

        var appType = string.IsNullOrWhiteSpace(options.MicrosoftAppType) ? "MultiTenant" : options.MicrosoftAppType;
        if (!AppTypes.Contains(appType, StringComparer.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail(
                $"MicrosoftAppType '{appType}' is not one of {string.Join(", ", AppTypes)}.");
        }

        var failures = new List<string>();
        var usesManagedIdentity = string.Equals(appType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase);
        if (!usesManagedIdentity && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add($"MicrosoftAppPassword is required when MicrosoftAppId is set and MicrosoftAppType is {appType}.");
        }

        if (!string.Equals(appType, "MultiTenant", StringComparison.OrdinalIgnoreCase)
            && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add($"MicrosoftAppTenantId is required when MicrosoftAppType is {appType}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
