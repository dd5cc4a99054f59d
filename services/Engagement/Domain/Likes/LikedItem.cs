namespace Social.Engagement.Domain.Likes;

/// <summary>A like removed in bulk (a block, an account deletion): which item, whose, and the shard its count sat in.</summary>
public sealed record LikedItem(Guid ContentId, Guid OwnerId, int Shard);
