namespace Social.Profile.Accounts;

/// <summary>Sign-up input as received; nothing about it is trusted yet.</summary>
public sealed record SignUpRequest(string? Handle, string? Password, string? DisplayName);
