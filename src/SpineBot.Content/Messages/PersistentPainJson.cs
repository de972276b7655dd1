using System.ComponentModel;
namespace SpineBot.Content.Messages;

/// <summary>messages.json "persistentPain": the offer for pain that lingers.</summary>
[Description("messages.json \"persistentPain\": the offer for pain that lingers.")]
internal sealed record PersistentPainJson
{
    public string? Prompt { get; init; }

    [Description("The question in plainer words, said after \"what do you mean?\" or \"huh?\".")]
    public string? Plain { get; init; }

    public string? Questions { get; init; }

    public IReadOnlyList<string>? QuestionsSynonyms { get; init; }

    public string? Clinic { get; init; }

    public IReadOnlyList<string>? ClinicSynonyms { get; init; }
}
