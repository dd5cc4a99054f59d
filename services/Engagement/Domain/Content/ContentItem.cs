namespace Social.Engagement.Domain.Content;

/// <summary>A content item with its stored counts, as reads return it.</summary>
public sealed record ContentItem(ContentRecord Record, long LikesCount, long CommentsCount = 0);
