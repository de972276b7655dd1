using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SpineBot.Tests.Hosting;

/// <summary>
/// The real host, in process, with its settings overridable per test and its data in a folder of its own.
/// </summary>
public sealed class BotApplicationFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Action<IServiceCollection>> _services = [];
    private string? _environment;

    public BotApplicationFactory()
    {
        DataDirectory = Directory.CreateTempSubdirectory("spinebot-test-").FullName;
        _settings["Storage:Sqlite:Path"] = Path.Combine(DataDirectory, "spinebot.db");
    }

    public string DataDirectory { get; }

    public BotApplicationFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Runs the host as <paramref name="environment"/> (Development, Production...).</summary>
    public BotApplicationFactory WithEnvironment(string environment)
    {
        _environment = environment;
        return this;
    }

    public BotApplicationFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (_environment is not null)
        {
            builder.UseEnvironment(_environment);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            foreach (var configure in _services)
            {
                configure(services);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by SQLite's pool; the OS temp cleaner takes it.
        }
    }
}
