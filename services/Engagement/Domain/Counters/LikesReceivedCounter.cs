namespace Social.Engagement.Domain.Counters;

/// <summary>One shard of an owner's stored likes received beside the number of likes in that shard on their content.</summary>
public sealed record LikesReceivedCounter(Guid OwnerId, int Shard, long StoredLikes, long ActualLikes)
{
    public bool Drifted => StoredLikes != ActualLikes;
}
