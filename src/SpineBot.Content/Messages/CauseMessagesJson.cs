using System.ComponentModel;
namespace SpineBot.Content.Messages;

/// <summary>messages.json "causes": how the causes are introduced.</summary>
[Description("messages.json \"causes\": how the causes are introduced.")]
internal sealed record CauseMessagesJson
{
    public string? OneFits { get; init; }

    public string? SeveralFit { get; init; }

    public string? WhyItFits { get; init; }

    public string? NothingFitsWell { get; init; }

    public string? AllCausesIntro { get; init; }

    public string? SelfCareIntro { get; init; }

    public string? GeneralSelfCareIntro { get; init; }

    public string? NotADiagnosisReminder { get; init; }
}
