namespace Social.Engagement.Domain.Reading;

/// <summary>A page of comments as one viewer sees them, and the comment after which the next page starts.</summary>
public sealed record ViewedCommentPage(IReadOnlyList<ViewedComment> Items, Guid? Next);
