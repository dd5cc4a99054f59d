namespace Social.Contracts.Events;

/// <summary>A block was lifted; nothing it severed is restored. Published by Graph.</summary>
public sealed record UserUnblocked
{
    public required Guid BlockerId { get; init; }

    public required Guid BlockedId { get; init; }

    public required DateTimeOffset At { get; init; }
}
