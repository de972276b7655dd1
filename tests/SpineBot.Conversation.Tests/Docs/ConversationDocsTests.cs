
namespace SpineBot.Conversation.Tests.Docs;

/// <summary>
/// docs/conversation.md shows transcripts produced by running the bot, not written by hand. When the content or the
/// dialogs change, regenerate them with SPINEBOT_WRITE_DOCS=1 dotnet test tests/SpineBot.Conversation.Tests.
/// </summary>
public sealed class ConversationDocsTests
{
    private static readonly string DocPath = Path.Combine(RepositoryFolders.Docs, "conversation.md");

    [Fact]
    public async Task The_self_care_transcript_in_the_docs_is_what_the_bot_says()
    {
        await CheckAsync("self-care", await SampleTranscripts.SelfCareAsync());
    }

    [Fact]
    public async Task The_clinic_handoff_transcript_in_the_docs_is_what_the_bot_says()
    {
        await CheckAsync("clinic-handoff", await SampleTranscripts.ClinicHandoffAsync());
    }

    [Fact]
    public async Task The_anxious_runner_transcript_in_the_docs_is_what_the_bot_says()
    {
        await CheckAsync("anxious-with-questions", await SampleTranscripts.AnxiousWithQuestionsAsync());
    }

    [Fact]
    public async Task The_self_correcting_runner_transcript_in_the_docs_is_what_the_bot_says()
    {
        await CheckAsync("self-correcting", await SampleTranscripts.SelfCorrectingAsync());
    }

    private static async Task CheckAsync(string name, string transcript)
    {
        var start = $"<!-- transcript:{name}:start -->\n";
        var end = $"<!-- transcript:{name}:end -->";
        var doc = (await File.ReadAllTextAsync(DocPath)).ReplaceLineEndings("\n");
        var from = doc.IndexOf(start, StringComparison.Ordinal);
        var to = doc.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"docs/conversation.md has no markers for the '{name}' transcript.");

        var current = doc[(from + start.Length)..to];
        if (Environment.GetEnvironmentVariable("SPINEBOT_WRITE_DOCS") == "1")
        {
            await File.WriteAllTextAsync(DocPath, doc[..(from + start.Length)] + transcript + doc[to..]);
            return;
        }

        Assert.Equal(transcript, current);
    }
}
