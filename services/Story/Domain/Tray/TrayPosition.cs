namespace Social.Story.Domain.Tray;

/// <summary>A place in the tray's order (unseen first, then newest, then owner id): a page starts after it.</summary>
public sealed record TrayPosition(bool HasUnseen, DateTimeOffset LatestAt, Guid OwnerId);
