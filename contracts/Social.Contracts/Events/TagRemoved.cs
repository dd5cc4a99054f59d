namespace Social.Contracts.Events;

/// <summary>A tag is gone (<see cref="Reason"/>, one of <see cref="TagEndReasons"/>); a removed item takes its tags without this event.</summary>
public sealed record TagRemoved
{
    public required Guid ContentId { get; init; }

    public required Guid OwnerId { get; init; }

    public required Guid UserId { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset At { get; init; }
}
