namespace Social.Contracts.Events;

/// <summary>An account is gone. Published by Profile; every service that holds the user forgets them.</summary>
public sealed record AccountDeleted
{
    public required Guid UserId { get; init; }

    public required DateTimeOffset DeletedAt { get; init; }
}
