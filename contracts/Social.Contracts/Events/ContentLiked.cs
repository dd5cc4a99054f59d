namespace Social.Contracts.Events;

/// <summary>
/// A user liked a content item. Carries the owner, so the activity inbox can notify them without asking Engagement,
/// and <see cref="ContentUnliked"/> names the same pair, so a consumer can retract what this one caused.
/// </summary>
public sealed record ContentLiked
{
    public required Guid ContentId { get; init; }

    public required Guid OwnerId { get; init; }

    public required Guid UserId { get; init; }

    public required DateTimeOffset At { get; init; }
}
