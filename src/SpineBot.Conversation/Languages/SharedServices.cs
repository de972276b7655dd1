using Microsoft.Extensions.DependencyInjection;

namespace SpineBot.Conversation.Languages;

/// <summary>
/// The host's registrations that every language's graph shares (ConversationState, the stores, TimeProvider,
/// telemetry, logging): each is resolved from the host's container, so there is one of each. The language's own
/// types (content, dialogs, the bot) are not shared.
/// </summary>
internal sealed class SharedServices(IServiceCollection hostServices, IReadOnlySet<Type> perLanguage)
{
    public void ForwardTo(IServiceCollection services, IServiceProvider host)
    {
        foreach (var registrations in hostServices.ToList().GroupBy(descriptor => descriptor.ServiceType))
        {
            var type = registrations.Key;
            if (perLanguage.Contains(type))
            {
                continue;
            }

            if (type.IsGenericTypeDefinition)
            {
                // ILogger<>, IOptions<>: the same open registrations, on the forwarded factories.
                foreach (var descriptor in registrations)
                {
                    services.Add(descriptor);
                }

                continue;
            }

            var count = registrations.Count();
            for (var index = 0; index < count; index++)
            {
                var position = index;
                services.AddSingleton(type, _ => count == 1 ? host.GetRequiredService(type) : host.GetServices(type).ElementAt(position)!);
            }
        }
    }
}
