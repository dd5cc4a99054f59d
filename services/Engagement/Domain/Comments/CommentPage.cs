namespace Social.Engagement.Domain.Comments;

/// <summary>A page of comments and the comment after which the next page starts (null on the last page).</summary>
public sealed record CommentPage(IReadOnlyList<CommentRecord> Items, Guid? Next);
