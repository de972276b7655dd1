using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SpineBot.EchoFloor;
using SpineBot.Storage;

// The framework's floor: CloudAdapter + ConversationState + SpineBot's SQLite IStorage (Storage:* / SPINEBOT_DATA_DIR
// settings, as in SpineBot) + an echo bot, on POST /api/messages.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<BotFrameworkAuthentication>(provider => new ConfigurationBotFrameworkAuthentication(
    builder.Configuration,
    logger: provider.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(provider => new CloudAdapter(
    provider.GetRequiredService<BotFrameworkAuthentication>(),
    provider.GetRequiredService<ILogger<CloudAdapter>>()));
builder.Services.AddBotStorage(builder.Configuration);
if (builder.Configuration.GetValue<bool>("EchoFloor:SingleWriter"))
{
    // Profiling experiment only (see SingleWriterStorage); the floor itself uses the store as SpineBot does.
    builder.Services.AddSingleton(provider => new SingleWriterStorage(provider.GetRequiredService<IStorage>()));
    builder.Services.AddSingleton(provider => new ConversationState(provider.GetRequiredService<SingleWriterStorage>()));
}
else
{
    builder.Services.AddSingleton<ConversationState>();
}

builder.Services.AddSingleton<IBot, EchoBot>();

var app = builder.Build();
app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot) =>
    adapter.ProcessAsync(request, response, bot, request.HttpContext.RequestAborted));
app.Run();
