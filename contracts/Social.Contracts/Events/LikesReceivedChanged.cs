namespace Social.Contracts.Events;

/// <summary>
/// One shard of the likes received on a user's content now stands at <see cref="Likes"/>, as of
/// <see cref="Version"/>; the profile's <c>likesCount</c> is the sum of the user's shards. Engagement keeps a user's
/// likes received in shards chosen by the liker (as an item's like count is), so concurrent likers of a celebrity's
/// content do not queue on one counter. Each change of a shard raises its version by one, so a consumer that keeps
/// the highest version per shard holds the right total whatever order, duplicates or losses came before: any later
/// event, or a reconciler's re-announcement, sets the shard right again. Absolute values, not deltas, for that reason.
/// </summary>
public sealed record LikesReceivedChanged
{
    public required Guid UserId { get; init; }

    public required int Shard { get; init; }

    public required long Likes { get; init; }

    public required long Version { get; init; }

    public required DateTimeOffset At { get; init; }
}
