namespace Social.Engagement.Domain.Counters;

/// <summary>An item's stored like and comment counts beside the number of its likes and of its comments still there.</summary>
public sealed record ItemCounters(Guid ContentId, long StoredLikes, long ActualLikes, long StoredComments, long ActualComments)
{
    public bool Drifted => StoredLikes != ActualLikes || StoredComments != ActualComments;
}
