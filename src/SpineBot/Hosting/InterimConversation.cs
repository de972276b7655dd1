using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SpineBot.Adapter;

namespace SpineBot.Hosting;

// INTERIM: replaced by the conversation layer's registration and the durable storage. Not shipped.
internal static class InterimConversation
{
    public static IServiceCollection AddInterimConversation(this IServiceCollection services)
    {
        services.AddTransient<IBot, InterimBot>();
        return services;
    }

    private sealed class InterimBot(ConversationState state) : ActivityHandler
    {
        public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            await base.OnTurnAsync(turnContext, cancellationToken);
            await state.SaveChangesAsync(turnContext, false, cancellationToken);
        }

        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
        {
            if (turnContext.Activity.Text == "boom")
            {
                throw new InvalidOperationException("boom");
            }

            return turnContext.SendActivityAsync("echo: " + turnContext.Activity.Text, cancellationToken: cancellationToken);
        }

        protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
        {
            foreach (var member in membersAdded.Where(m => m.Id != turnContext.Activity.Recipient?.Id))
            {
                await turnContext.SendActivityAsync("Hello", cancellationToken: cancellationToken);
            }
        }
    }
}
