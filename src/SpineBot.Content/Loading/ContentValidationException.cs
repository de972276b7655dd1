namespace SpineBot.Content.Loading;

/// <summary>
/// The content files under dialogs/ are missing, malformed or inconsistent. The message lists every problem found,
/// one per line, each naming the file and the entry.
/// </summary>
public sealed class ContentValidationException : Exception
{
    /// <summary>Creates the exception with no details.</summary>
    public ContentValidationException()
        : this("The clinic content is not valid.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ContentValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ContentValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Creates the exception listing every problem found.</summary>
    public ContentValidationException(IReadOnlyList<ContentError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ContentError> Errors { get; }

    private static string Describe(IReadOnlyList<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var heading = errors.Count == 1
            ? "The clinic content has 1 problem:"
            : $"The clinic content has {errors.Count} problems:";
        return string.Join(Environment.NewLine, errors.Select(error => error.ToString()).Prepend(heading));
    }
}
