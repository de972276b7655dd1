namespace SpineBot.Browser.Tests.Pages;

/// <summary>One WebSocket a page opened: where to, how many messages came down it, whether it closed.</summary>
internal sealed class WebSocketWatch
{
    private int framesReceived;
    private int closed;

    private WebSocketWatch(string url)
    {
        Url = url;
    }

    public string Url { get; }

    public int FramesReceived => Volatile.Read(ref framesReceived);

    public bool IsClosed => Volatile.Read(ref closed) == 1;

    public static WebSocketWatch Attach(IWebSocket socket)
    {
        ArgumentNullException.ThrowIfNull(socket);
        var watch = new WebSocketWatch(socket.Url);
        socket.FrameReceived += (_, _) => Interlocked.Increment(ref watch.framesReceived);
        socket.Close += (_, _) => Interlocked.Exchange(ref watch.closed, 1);
        return watch;
    }

    public override string ToString() => $"{Url} ({FramesReceived} received{(IsClosed ? ", closed" : string.Empty)})";
}
