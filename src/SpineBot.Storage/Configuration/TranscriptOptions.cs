namespace SpineBot.Storage.Configuration;

/// <summary>The <c>Transcripts</c> configuration section.</summary>
internal sealed class TranscriptOptions
{
    public const string SectionName = "Transcripts";

    /// <summary><c>Transcripts:Enabled</c>: keep redacted transcripts for quality review (default false).</summary>
    public bool Enabled { get; set; }
}
