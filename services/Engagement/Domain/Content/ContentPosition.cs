namespace Social.Engagement.Domain.Content;

/// <summary>Where a page of a user's content starts: after the item made at <paramref name="CreatedAt"/> with <paramref name="ContentId"/>.</summary>
public sealed record ContentPosition(DateTimeOffset CreatedAt, Guid ContentId);
