namespace Social.Profile.Domain.Accounts;

/// <summary>Sign-up input as received (with the optional <c>Idempotency-Key</c> header); nothing about it is trusted yet.</summary>
public sealed record SignUpRequest(string? Handle, string? Password, string? DisplayName, string? IdempotencyKey = null);
