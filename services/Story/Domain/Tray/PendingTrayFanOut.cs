namespace Social.Story.Domain.Tray;

/// <summary>
/// A story still to reach its owner's followers' trays, stored with the post. <see cref="Cursor"/> is where the next
/// page of followers starts (null: at the beginning, where the owner's follower count is checked first), so a crash or
/// another instance resumes from what is left.
/// </summary>
public sealed record PendingTrayFanOut(Guid StoryId, Guid OwnerId, string? Cursor, DateTimeOffset ScheduledAt);
