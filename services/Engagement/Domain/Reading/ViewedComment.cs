using Social.Engagement.Domain.Comments;
using Social.KnownUsers;

namespace Social.Engagement.Domain.Reading;

/// <summary>A comment as one viewer sees it: with its author's profile (none for a deleted one), their like, whether pinned.</summary>
public sealed record ViewedComment(CommentRecord Comment, ProfileCard? Author, bool ViewerHasLiked, bool Pinned);
