namespace SpineBot.Dialogs;

/// <summary>Why a dialog is being started, continued, resumed or ended.</summary>
public enum DialogReason
{
    /// <summary>The dialog was started with <see cref="DialogContext.BeginDialogAsync"/>.</summary>
    BeginCalled,

    /// <summary>The dialog is continuing because the user replied.</summary>
    ContinueCalled,

    /// <summary>The dialog ended, or a child dialog ended and the parent resumes.</summary>
    EndCalled,

    /// <summary>The dialog was replaced by <see cref="DialogContext.ReplaceDialogAsync"/>.</summary>
    ReplaceCalled,

    /// <summary>The dialog was cancelled by <see cref="DialogContext.CancelAllDialogsAsync"/>.</summary>
    CancelCalled,

    /// <summary>A waterfall step skipped ahead with <see cref="WaterfallStepContext.NextAsync"/>.</summary>
    NextCalled,
}
