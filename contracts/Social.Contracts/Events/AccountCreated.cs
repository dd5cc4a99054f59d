namespace Social.Contracts.Events;

/// <summary>A new account exists. Published by Profile; Graph and Messaging create their user records.</summary>
public sealed record AccountCreated
{
    public required Guid UserId { get; init; }

    public required string Handle { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
