namespace Social.Engagement.Domain.Comments;

/// <summary>A page of a comment's history, newest first, and the edit after which the next page starts.</summary>
public sealed record CommentEditPage(IReadOnlyList<CommentEdit> Items, Guid? Next);
