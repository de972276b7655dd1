namespace SpineBot.Dialogs.Tests.Conformance;

/// <summary>A root component holding one dialog.</summary>
internal sealed class TestRoot : ComponentDialog
{
    public TestRoot(string id, Dialog dialog)
        : base(id)
    {
        AddDialog(dialog);
        AddDialog(new SpineBot.Dialogs.Prompts.TextPrompt("text"));
    }
}
