using System.Text.RegularExpressions;

namespace SpineBot.Tests.Security;

/// <summary>
/// What a leaked secret looks like: keys, connection strings with keys, tokens, and secret settings with values.
/// </summary>
internal static partial class SecretPatterns
{
    // Azurite's development account key is published by Microsoft for the emulator and grants nothing.
    private const string AzuriteDevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    // An all-zero key stands for "some key" in tests and examples; it can authorise nothing.
    private const string PlaceholderKey = "00000000-0000-0000-0000-000000000000";

    public static IEnumerable<string> Find(string text) =>
        Patterns()
            .SelectMany(pattern => pattern.Matches(text))
            .Select(match => match.Value)
            .Where(value => !value.Contains(AzuriteDevelopmentKey, StringComparison.Ordinal)
                && !value.Contains(PlaceholderKey, StringComparison.Ordinal));

    private static IEnumerable<Regex> Patterns() =>
    [
        PrivateKey(),
        StorageAccountKey(),
        SharedAccessSignature(),
        InstrumentationKey(),
        SignedJwt(),
        CloudToken(),
        SecretSettingWithValue(),
    ];

    [GeneratedRegex("-----BEGIN (RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex("AccountKey=[A-Za-z0-9+/]{40,}={0,2}")]
    private static partial Regex StorageAccountKey();

    [GeneratedRegex("[?&]sig=[A-Za-z0-9%+/]{30,}")]
    private static partial Regex SharedAccessSignature();

    [GeneratedRegex("InstrumentationKey=[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex InstrumentationKey();

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}")]
    private static partial Regex SignedJwt();

    [GeneratedRegex(@"\b(gh[pousr]_[A-Za-z0-9]{36}|AKIA[0-9A-Z]{16}|xox[baprs]-[A-Za-z0-9-]{10,})\b")]
    private static partial Regex CloudToken();

    [GeneratedRegex("\"[A-Za-z_:]*(Password|Secret|ApiKey|ConnectionString)\"\\s*:\\s*\"[^\"]+\"", RegexOptions.IgnoreCase)]
    private static partial Regex SecretSettingWithValue();
}
