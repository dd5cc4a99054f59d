namespace Social.Profile.Domain.Accounts;

/// <summary>A validated sign-up, ready to be stored: normalized handle, password already hashed.</summary>
public sealed record NewAccount(Guid UserId, string Handle, string DisplayName, string PasswordHash, DateTimeOffset CreatedAt);
