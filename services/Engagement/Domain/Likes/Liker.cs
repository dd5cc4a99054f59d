namespace Social.Engagement.Domain.Likes;

/// <summary>One like in a content item's list of likers (<paramref name="LikeId"/> orders the list).</summary>
public sealed record Liker(Guid UserId, string Handle, Guid LikeId, DateTimeOffset LikedAt);
