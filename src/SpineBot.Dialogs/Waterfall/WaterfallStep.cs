namespace SpineBot.Dialogs;

/// <summary>One step of a <see cref="WaterfallDialog"/>.</summary>
/// <param name="stepContext">The step's context: options, values, the previous step's result.</param>
/// <param name="cancellationToken">Cancels the turn.</param>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
