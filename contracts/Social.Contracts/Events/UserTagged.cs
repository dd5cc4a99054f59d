namespace Social.Contracts.Events;

/// <summary>A content item's owner tagged a user (their <c>whoCanTag</c> allowed it); <see cref="TagRemoved"/> retracts it.</summary>
public sealed record UserTagged
{
    public required Guid ContentId { get; init; }

    public required Guid OwnerId { get; init; }

    public required Guid UserId { get; init; }

    public required DateTimeOffset At { get; init; }
}
