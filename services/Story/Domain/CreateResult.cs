using Social.ServiceDefaults.Validation;

namespace Social.Story.Domain;

/// <summary>What a creating call did: invalid fields, a conflict, or the value (new, or the first result of a retry).</summary>
public sealed record CreateResult<T>(IReadOnlyList<FieldViolation> Violations, CreateConflict? Conflict, T? Value, bool Created)
    where T : class;
