using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SpineBot.Benchmarks.Dialogs;

/// <summary>An adapter whose replies go nowhere, so a benchmark measures the turn and not a network.</summary>
internal sealed class DiscardingAdapter : BotAdapter
{
    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        return Task.FromResult(activities.Select(_ => new ResourceResponse("sent")).ToArray());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse("updated"));

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
