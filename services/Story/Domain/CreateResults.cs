using Social.ServiceDefaults.Validation;

namespace Social.Story.Domain;

/// <summary>The three kinds of <see cref="CreateResult{T}"/>.</summary>
public static class CreateResults
{
    public static CreateResult<T> Invalid<T>(IReadOnlyList<FieldViolation> violations)
        where T : class => new(violations, null, null, false);

    public static CreateResult<T> Failed<T>(CreateConflict conflict)
        where T : class => new([], conflict, null, false);

    public static CreateResult<T> Done<T>(T value, bool created)
        where T : class => new([], null, value, created);
}
