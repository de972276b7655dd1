using System.Text.RegularExpressions;

namespace SpineBot.Deployment.Tests.Templates;

/// <summary>The naming rule that marks a parameter or app setting as a secret.</summary>
internal static partial class SecretNames
{
    /// <summary>
    /// True when the name says it holds a secret: password, secret, key, connection string or API key,
    /// in any case and with or without underscores (APPLICATIONINSIGHTS_CONNECTION_STRING counts).
    /// </summary>
    public static bool LooksSecret(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return SecretWord().IsMatch(name.Replace("_", string.Empty, StringComparison.Ordinal));
    }

    [GeneratedRegex("password|secret|key|connectionstring|apikey", RegexOptions.IgnoreCase)]
    private static partial Regex SecretWord();
}
