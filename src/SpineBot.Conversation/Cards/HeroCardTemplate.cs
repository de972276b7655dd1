using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SpineBot.Conversation.Cards;

/// <summary>
/// A hero card layout kept as JSON (an embedded resource under Cards/), with <c>{placeholders}</c> filled from content.
/// The layout holds no sentences of its own: every text comes from the content files.
/// </summary>
internal sealed partial class HeroCardTemplate
{
    private const string DialUriScheme = "tel:";

    private readonly JObject _layout;

    private HeroCardTemplate(JObject layout)
    {
        _layout = layout;
    }

    /// <summary>The clinic's card: its name, city, a text and a tap-to-call button.</summary>
    public static HeroCardTemplate Clinic { get; } = Load("ClinicCard");

    /// <summary>The emergency card: a heading and a button to call 911.</summary>
    public static HeroCardTemplate Emergency { get; } = Load("EmergencyCard");

    /// <summary>
    /// Fills the layout. <paramref name="canDial"/> false leaves out <c>tel:</c> buttons (the number is in the text).
    /// </summary>
    /// <exception cref="InvalidOperationException">The layout uses a placeholder that has no value.</exception>
    public Attachment Render(IReadOnlyDictionary<string, string> values, bool canDial)
    {
        ArgumentNullException.ThrowIfNull(values);
        var card = (JObject)_layout.DeepClone();
        foreach (var token in card.Descendants().OfType<JValue>().Where(value => value.Type == JTokenType.String).ToList())
        {
            token.Value = Placeholder().Replace((string)token.Value!, match => values.TryGetValue(match.Groups[1].Value, out var value)
                ? value
                : throw new InvalidOperationException($"The card has no value for '{match.Value}'."));
        }

        var hero = card.ToObject<HeroCard>() ?? new HeroCard();
        hero.Buttons = hero.Buttons?
            .Where(button => canDial || !(button.Value as string ?? string.Empty).StartsWith(DialUriScheme, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return hero.ToAttachment();
    }

    private static HeroCardTemplate Load(string name)
    {
        var assembly = typeof(HeroCardTemplate).Assembly;
        var resource = $"{typeof(HeroCardTemplate).Namespace}.{name}.json";
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The card layout '{resource}' is not embedded.");
        using var reader = new StreamReader(stream);
        return new HeroCardTemplate(JObject.Parse(reader.ReadToEnd()));
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
