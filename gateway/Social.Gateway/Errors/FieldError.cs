namespace Social.Gateway.Errors;

/// <summary>One invalid input field of a request.</summary>
internal sealed record FieldError(string Field, string Message);
