namespace SpineBot.Dialogs;

/// <summary>What a dialog turn left behind: nothing to do, a dialog waiting for the user, or a finished stack.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack was empty: no dialog was running.</summary>
    Empty,

    /// <summary>The active dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The dialog (or the whole stack) completed; <see cref="DialogTurnResult.Result"/> holds its result.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
