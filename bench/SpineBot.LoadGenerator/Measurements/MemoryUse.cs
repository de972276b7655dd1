namespace SpineBot.LoadGenerator.Measurements;

/// <summary>A bot process's resident memory when idle after start, and after many short conversations.</summary>
internal sealed record MemoryUse(int Conversations, long StartBytes, long AfterBytes, int Errors)
{
    public long GrowthBytes => AfterBytes - StartBytes;
}
