namespace SpineBot.LoadGenerator.Measurements;

/// <summary>
/// Stored state per conversation, in bytes of JSON over all its keys (conversation and user): after a whole script,
/// and in conversations the load left unfinished at a phase's deadline (state in the middle of the triage).
/// </summary>
internal sealed record StateSize(int Conversations, double MedianBytes, double MaxBytes, int Unfinished, double UnfinishedMedianBytes, double UnfinishedMaxBytes)
{
    public static readonly StateSize None = new(0, double.NaN, double.NaN, 0, double.NaN, double.NaN);

    /// <summary>The largest state seen, finished or not.</summary>
    public double LargestBytes => double.IsNaN(MaxBytes) ? UnfinishedMaxBytes : double.IsNaN(UnfinishedMaxBytes) ? MaxBytes : Math.Max(MaxBytes, UnfinishedMaxBytes);
}
