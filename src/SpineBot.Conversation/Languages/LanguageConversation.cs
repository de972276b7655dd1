using Microsoft.Extensions.DependencyInjection;
using SpineBot.Content;
using SpineBot.Conversation.Bot;
using SpineBot.Conversation.Dialogs;
using SpineBot.Conversation.State;

namespace SpineBot.Conversation.Languages;

/// <summary>
/// The runner's conversation in one language: its content and its own object graph of the bot and dialogs (a small
/// service provider holding that language's <see cref="ClinicContent"/> and the host's shared services). The dialog
/// ids are the same in every language, so the dialog state is shared and a switch continues where the runner was.
/// </summary>
internal sealed class LanguageConversation(ClinicContent content, ServiceProvider services) : IDisposable
{
    public ClinicContent Content { get; } = content;

    public RunnerBot Bot { get; } = services.GetRequiredService<RunnerBot>();

    public RunnerDialog Dialog { get; } = services.GetRequiredService<RunnerDialog>();

    public RunnerMemory Memory { get; } = services.GetRequiredService<RunnerMemory>();

    public void Dispose() => services.Dispose();
}
