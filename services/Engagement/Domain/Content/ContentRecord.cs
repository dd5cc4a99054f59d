namespace Social.Engagement.Domain.Content;

/// <summary>A content item as Engagement keeps it: whose it is, what it shows, who it is for.</summary>
public sealed record ContentRecord(
    Guid ContentId,
    Guid OwnerId,
    string MediaUrl,
    string Caption,
    string Audience,
    bool CommentsEnabled,
    DateTimeOffset CreatedAt);
