using Social.Engagement.Domain.Mentions;

namespace Social.Engagement.Domain.Content;

/// <summary>
/// A content item as Engagement keeps it: whose it is, what it shows, who it is for, which comment is pinned, and the
/// mentions its caption links (resolved when it was posted; null reads as none).
/// </summary>
public sealed record ContentRecord(
    Guid ContentId,
    Guid OwnerId,
    string MediaUrl,
    string Caption,
    string Audience,
    bool CommentsEnabled,
    DateTimeOffset CreatedAt,
    Guid? PinnedCommentId = null,
    IReadOnlyList<Mention>? Mentions = null);
