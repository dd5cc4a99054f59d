namespace Social.ServiceDefaults.Grpc;

/// <summary>One invalid input field, reported to clients in the error's field list (camelCase field names, as in the JSON API).</summary>
public sealed record FieldViolation(string Field, string Description);
