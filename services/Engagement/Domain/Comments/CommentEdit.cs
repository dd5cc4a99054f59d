namespace Social.Engagement.Domain.Comments;

/// <summary>A comment's earlier text, kept when an edit replaced it at <paramref name="ReplacedAt"/>.</summary>
public sealed record CommentEdit(Guid EditId, Guid CommentId, string Text, DateTimeOffset ReplacedAt);
