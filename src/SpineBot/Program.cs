using SpineBot.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.UseBotFrameworkDefaultUrl().UseBotRequestLimits();
builder.Services.AddSpineBot(builder.Configuration, builder.Environment);

var app = builder.Build();

app.MapSpineBot();
app.Run();

/// <summary>The SpineBot web host; public so that in-process tests can start it.</summary>
public partial class Program;
