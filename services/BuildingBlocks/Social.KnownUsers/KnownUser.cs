namespace Social.KnownUsers;

/// <summary>An account as a service knows it: created from Profile's <c>AccountCreated</c> (or learned from Profile).</summary>
public sealed record KnownUser(Guid UserId, string Handle, DateTimeOffset CreatedAt);
