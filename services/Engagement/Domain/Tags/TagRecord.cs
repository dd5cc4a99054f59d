namespace Social.Engagement.Domain.Tags;

/// <summary>A user tagged in a content item by its owner; <paramref name="TagId"/> (UUIDv7) orders the user's "tagged" list.</summary>
public sealed record TagRecord(Guid ContentId, Guid OwnerId, Guid UserId, Guid TagId, DateTimeOffset CreatedAt);
