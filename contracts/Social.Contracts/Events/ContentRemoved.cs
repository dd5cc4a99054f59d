namespace Social.Contracts.Events;

/// <summary>
/// A content item and everything on it are gone (deleted by its owner, removed by the team that registered it, or
/// with the owner's account). No <see cref="ContentUnliked"/> follows for its likes: this event retracts them all.
/// </summary>
public sealed record ContentRemoved
{
    public required Guid ContentId { get; init; }

    public required Guid OwnerId { get; init; }

    public required DateTimeOffset At { get; init; }
}
