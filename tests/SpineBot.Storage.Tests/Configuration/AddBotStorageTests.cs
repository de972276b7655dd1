using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using SpineBot.Conversation.Records;
using SpineBot.Storage.Blobs;
using SpineBot.Storage.Health;
using SpineBot.Storage.Records;
using SpineBot.Storage.Sqlite;
using SpineBot.Storage.Transcripts;

namespace SpineBot.Storage.Tests.Configuration;

public sealed class AddBotStorageTests : IDisposable
{
    private const string DevelopmentConnectionString = "UseDevelopmentStorage=true";

    private readonly TempFolder _contentRoot = new();

    [Fact]
    public async Task By_default_state_goes_to_an_sqlite_file_under_app_data_created_on_first_use()
    {
        using var services = Build();
        var storage = Assert.IsType<SqliteStorage>(services.GetRequiredService<IStorage>());
        var expected = Path.Combine(_contentRoot.Path, "App_Data", "spinebot.db");

        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Contracts.StoredNote() });

        Assert.Equal(expected, storage.DatabasePath);
        Assert.True(File.Exists(expected));
        Assert.True(await services.GetRequiredService<IStorageHealth>().IsHealthyAsync());
    }

    [Fact]
    public void The_data_folder_can_be_moved_with_spinebot_data_dir()
    {
        var dataDir = Path.Combine(_contentRoot.Path, "mounted-volume");
        using var services = Build(("SPINEBOT_DATA_DIR", dataDir));

        Assert.Equal(Path.Combine(dataDir, "spinebot.db"), Assert.IsType<SqliteStorage>(services.GetRequiredService<IStorage>()).DatabasePath);
    }

    [Fact]
    public void A_relative_database_path_is_taken_from_the_content_root()
    {
        using var services = Build(("Storage:Sqlite:Path", "state/bot.db"));

        Assert.Equal(Path.Combine(_contentRoot.Path, "state", "bot.db"), Assert.IsType<SqliteStorage>(services.GetRequiredService<IStorage>()).DatabasePath);
    }

    [Fact]
    public void Azure_blob_storage_is_chosen_by_configuration()
    {
        using var services = Build(
            ("Storage:Provider", "AzureBlob"),
            ("Storage:AzureBlob:ConnectionString", DevelopmentConnectionString),
            ("Storage:AzureBlob:Container", "spinebot-state"));

        Assert.IsType<BlobStorage>(services.GetRequiredService<IStorage>());
        Assert.IsType<BlobCallbackRequestStore>(services.GetRequiredService<ICallbackRequestStore>());
        Assert.IsType<BlobFeedbackStore>(services.GetRequiredService<IFeedbackStore>());
    }

    [Theory]
    [InlineData("Storage:Provider", "Storage:Provider", "Cosmos")]
    [InlineData("Storage:RetentionDays", "Storage:RetentionDays", "0")]
    [InlineData("Storage:RetentionSweepMinutes", "Storage:RetentionSweepMinutes", "-5")]
    [InlineData("Storage:Sqlite:BusyTimeoutMilliseconds", "Storage:Sqlite:BusyTimeoutMilliseconds", "-1")]
    public void A_setting_that_cannot_work_is_named_in_the_error(string setting, string named, string value)
    {
        using var services = Build((setting, value));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStorage>());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "spinebot-state", "Storage:AzureBlob:ConnectionString is required")]
    [InlineData("not a connection string", "spinebot-state", "Storage:AzureBlob:ConnectionString is not a valid")]
    [InlineData(DevelopmentConnectionString, null, "Storage:AzureBlob:Container is required")]
    [InlineData(DevelopmentConnectionString, "Bad_Container", "Storage:AzureBlob:Container 'Bad_Container' is not a valid")]
    public void Incomplete_azure_blob_settings_are_named_in_the_error(string? connectionString, string? container, string expected)
    {
        using var services = Build(
            ("Storage:Provider", "AzureBlob"),
            ("Storage:AzureBlob:ConnectionString", connectionString),
            ("Storage:AzureBlob:Container", container));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStorage>());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        if (connectionString is not null)
        {
            Assert.DoesNotContain(connectionString, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_host_refuses_to_start_with_bad_storage_settings()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _contentRoot.Path });
        builder.Configuration.AddInMemoryCollection([new("Storage:Provider", "Mongo")]);
        builder.Services.AddBotStorage(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transcripts_are_off_unless_enabled()
    {
        using var off = Build();
        using var on = Build(("Transcripts:Enabled", "true"));

        Assert.Null(off.GetService<ITranscriptLogger>());
        Assert.IsType<RedactingTranscriptLogger>(on.GetRequiredService<ITranscriptLogger>());
    }

    [Fact]
    public void Old_records_are_deleted_by_a_hosted_service()
    {
        using var services = Build();

        Assert.Contains(services.GetServices<IHostedService>(), service => service is RecordRetention);
    }

    [Fact]
    public async Task An_unusable_database_location_reports_unhealthy_and_fails_writes_clearly()
    {
        var blocker = _contentRoot.File("not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where the data folder should be");
        using var services = Build(("Storage:Sqlite:Path", Path.Combine(blocker, "spinebot.db")));

        Assert.False(await services.GetRequiredService<IStorageHealth>().IsHealthyAsync());
        await Assert.ThrowsAsync<StorageUnavailableException>(() => services.GetRequiredService<IStorage>()
            .WriteAsync(new Dictionary<string, object> { ["note"] = new Contracts.StoredNote() }));
    }

    public void Dispose() => _contentRoot.Dispose();

    private ServiceProvider Build(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = _contentRoot.Path, EnvironmentName = Environments.Development });
        services.AddBotStorage(configuration);
        return services.BuildServiceProvider();
    }
}
