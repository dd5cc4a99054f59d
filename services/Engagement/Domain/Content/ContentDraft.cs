namespace Social.Engagement.Domain.Content;

/// <summary>A content item as a caller describes it, with the users to tag; nothing about it is trusted yet (see <see cref="ContentRules"/>).</summary>
public sealed record ContentDraft(string? MediaUrl, string? Caption, string? Audience, bool? CommentsEnabled, IReadOnlyList<Guid>? Tags = null);
