namespace SpineBot.Triage.Language;

/// <summary>A message normalized and read clause by clause (see <see cref="MessageReader"/>).</summary>
public sealed class MessageReading
{
    internal MessageReading(string normalized, IReadOnlyList<Clause> clauses)
    {
        Normalized = normalized;
        ClauseReadings = clauses;
        Clauses = clauses.Select(clause => new MessageClause(clause.Text, clause.Start, clause.Kind, clause.IsNegated, clause.Subject, clause.Time)).ToList();
    }

    /// <summary>The message as every rule reads it: NFKC, invisible characters removed, look-alikes folded, lower case.</summary>
    public string Normalized { get; }

    /// <summary>The clauses, in order.</summary>
    public IReadOnlyList<MessageClause> Clauses { get; }

    /// <summary>Whether the message asks something and reports nothing else ("what does saddle numbness mean?").</summary>
    public bool IsQuestion => Clauses.Count > 0 && Clauses.Any(clause => clause.Kind == ClauseKind.Question)
        && Clauses.All(clause => clause.Kind is ClauseKind.Question or ClauseKind.Answer);

    /// <summary>Whether the message opens by correcting something said before ("actually three weeks").</summary>
    public bool IsCorrection => Clauses.Count > 0 && Clauses[0].Kind == ClauseKind.Correction;

    internal IReadOnlyList<Clause> ClauseReadings { get; }

    /// <summary>The clause holding the offset <paramref name="offset"/> of <see cref="Normalized"/>, or <c>null</c>.</summary>
    internal Clause? ClauseAt(int offset)
    {
        var index = SortedOffsets.LastAtOrBefore(ClauseReadings, clause => clause.Start, offset);
        return index >= 0 && offset < ClauseReadings[index].Start + ClauseReadings[index].Text.Length ? ClauseReadings[index] : null;
    }
}
