namespace Social.Contracts.Events;

/// <summary>
/// The likes received on a user's content changed by <see cref="Delta"/>, in the transaction that changed the likes
/// (one event for a bulk change, such as a deleted item's likes). Deltas commute, so a consumer that applies each
/// event once (inbox) holds the sum of the likes on the user's content whatever order they arrive in; Profile shows
/// it as the profile's <c>likesCount</c>. Deltas, not totals, so that no single counter per owner sits on the write
/// path of every like of a celebrity's content.
/// </summary>
public sealed record LikesReceivedChanged
{
    public required Guid UserId { get; init; }

    public required long Delta { get; init; }

    public required DateTimeOffset At { get; init; }
}
