namespace SpineBot.Dialogs.Tests.Infrastructure;

/// <summary>A plain component made of the given dialogs; the first one starts.</summary>
internal sealed class TestComponent : ComponentDialog
{
    public TestComponent(string id, params Dialog[] dialogs)
        : base(id)
    {
        foreach (var dialog in dialogs)
        {
            AddDialog(dialog);
        }
    }
}
