namespace Social.Profile.Domain.Accounts;

/// <summary>What sign-in checks a password against. Never leaves the Profile service.</summary>
public sealed record AccountCredentials(Guid UserId, string Handle, string PasswordHash);
