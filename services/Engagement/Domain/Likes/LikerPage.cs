namespace Social.Engagement.Domain.Likes;

/// <summary>A page of likers, newest first, and the like after which the next one starts (null on the last page).</summary>
public sealed record LikerPage(IReadOnlyList<Liker> Items, Guid? Next);
