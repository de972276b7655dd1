using SpineBot.Hosting;

// Every regular expression without a timeout of its own gives up after half a second (read as "not understood");
// set before any pattern is built, since the runtime reads it once.
AppContext.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", TimeSpan.FromMilliseconds(500));

// The content's rules start on the regex interpreter and switch to compiled code from a background thread: compiling
// them all before the first reply took most of the cold start (docs/performance.md).
AppContext.SetSwitch("SpineBot.Triage.CompileRulesInBackground", true);

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.UseBotFrameworkDefaultUrl().UseBotRequestLimits();
builder.Services.AddSpineBot(builder.Configuration, builder.Environment);

var app = builder.Build();

app.MapSpineBot();
app.Run();

/// <summary>The SpineBot web host; public so that in-process tests can start it.</summary>
public partial class Program;
