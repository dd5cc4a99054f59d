namespace Social.Engagement.Domain.Counters;

/// <summary>An item's stored like count beside the number of its likes.</summary>
public sealed record LikeCounterDrift(Guid ContentId, long StoredLikes, long ActualLikes)
{
    public bool Drifted => StoredLikes != ActualLikes;
}
