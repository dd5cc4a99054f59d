namespace Social.ServiceDefaults.Validation;

/// <summary>
/// One invalid input field (camelCase field names, as in the JSON API). Plain data: domain rules return it, and the
/// API layer reports it to clients in the error's field list.
/// </summary>
public sealed record FieldViolation(string Field, string Description);
