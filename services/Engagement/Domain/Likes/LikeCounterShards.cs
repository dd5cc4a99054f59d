using Social.ServiceDefaults.Ids;

namespace Social.Engagement.Domain.Likes;

/// <summary>
/// A content item's like count is kept in <see cref="Count"/> shards, each user's likes always in the same one: a
/// viral item's concurrent likers update different counters instead of queueing on one hot row (MongoDB transactions
/// would conflict on a single document). Reading the count sums the shards, a short index range.
/// </summary>
public static class LikeCounterShards
{
    public const int Count = 16;

    /// <summary>The shard of <paramref name="userId"/>'s likes (from the id's random tail, so users spread evenly).</summary>
    public static int Of(Guid userId) => IdShards.Of(userId, Count);
}
