using System.Text.Json;
using System.Text.RegularExpressions;

namespace SpineBot.Content.Tests.Languages;

/// <summary>
/// The patterns of dialogs/es/red-flags.json name the right warning sign for what Spanish-speaking runners write.
/// Only the patterns are checked here (with the "words" expanded, as the screen does); negation, other people and
/// the past are the screen's work and are tested with it once the graded screen is merged.
/// </summary>
public sealed class SpanishRedFlagPatternsTests
{
    private static readonly Lazy<IReadOnlyList<(string Id, Regex Pattern, IReadOnlyList<Regex> Exceptions)>> Rules = new(Load);

    [Theory]
    [InlineData("no puedo orinar desde ayer", "bladder-bowel-control")]
    [InlineData("ya no aguanto la orina", "bladder-bowel-control")]
    [InlineData("tengo adormecimiento en la entrepierna", "saddle-numbness")]
    [InlineData("siento adormecida la zona genital", "saddle-numbness")]
    [InlineData("hormigueo entre las piernas", "saddle-numbness")]
    [InlineData("tengo las piernas dormidas, las dos", "both-legs")]
    [InlineData("la pierna cada vez más débil", "progressive-weakness")]
    [InlineData("tengo fiebre", "fever")]
    [InlineData("con escalofríos y dolor de espalda", "fever")]
    [InlineData("la orina color coca-cola", "cola-urine")]
    [InlineData("orina oscura como coca", "cola-urine")]
    [InlineData("me duele el pecho", "chest-pain")]
    [InlineData("me falta el aire sentado desde el vuelo", "breathless")]
    [InlineData("casi me desmayo", "fainting")]
    [InlineData("me atropelló un carro", "major-trauma")]
    [InlineData("no quiero vivir así", "suicidal-thoughts")]
    [InlineData("quiero matarme", "suicidal-thoughts")]
    [InlineData("tengo pensamientos de suicidio", "suicidal-thoughts")]
    [InlineData("me duele la quijada y estoy sudando frío", "heart-attack-signs")]
    public void A_spanish_warning_sign_is_named(string text, string expectedId)
    {
        Assert.Contains(expectedId, Matches(text));
    }

    [Theory]
    [InlineData("me duele la espalda baja después de correr")]
    [InlineData("corrí 10 millas el sábado")]
    [InlineData("hicimos subidas suicidas en el entrenamiento")]
    [InlineData("tengo fiebre del heno")]
    public void An_ordinary_running_story_names_no_warning_sign(string text)
    {
        string[] riskFactorsOnly = ["minor-fall", "hot-or-hard-run", "high-mileage"];

        Assert.Equal([], Matches(text).Except(riskFactorsOnly));
    }

    private static List<string> Matches(string text)
    {
        var lower = text.ToLowerInvariant();
        return Rules.Value
            .Where(rule => rule.Pattern.IsMatch(lower) && !rule.Exceptions.Any(exception => exception.IsMatch(lower)))
            .Select(rule => rule.Id)
            .Distinct()
            .ToList();
    }

    private static List<(string, Regex, IReadOnlyList<Regex>)> Load()
    {
        using var document = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(RepositoryFolders.Dialogs, "es", "red-flags.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement;
        var words = root.GetProperty("words").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        Regex Compile(string pattern) => new(
            words.Aggregate(pattern, (text, word) => text.Replace("{" + word.Key + "}", word.Value, StringComparison.Ordinal)),
            RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

        var rules = new List<(string, Regex, IReadOnlyList<Regex>)>();
        foreach (var rule in root.GetProperty("flags").EnumerateArray().Concat(root.GetProperty("riskFactors").EnumerateArray()))
        {
            var exceptions = rule.TryGetProperty("exceptions", out var list) ? list.EnumerateArray().Select(e => Compile(e.GetString()!)).ToList() : [];
            rules.AddRange(rule.GetProperty("patterns").EnumerateArray().Select(p => (rule.GetProperty("id").GetString()!, Compile(p.GetString()!), (IReadOnlyList<Regex>)exceptions)));
        }

        return rules;
    }
}
