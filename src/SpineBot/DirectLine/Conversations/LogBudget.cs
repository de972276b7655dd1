namespace SpineBot.DirectLine.Conversations;

/// <summary>The characters of activity JSON that every embedded conversation's log holds together.</summary>
internal sealed class LogBudget
{
    private long _chars;

    public long Chars => Interlocked.Read(ref _chars);

    public void Add(long chars) => Interlocked.Add(ref _chars, chars);
}
