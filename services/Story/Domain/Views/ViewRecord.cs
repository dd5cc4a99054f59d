namespace Social.Story.Domain.Views;

/// <summary>
/// That <see cref="ViewerId"/> saw a story of <see cref="OwnerId"/> at <see cref="SeenAt"/>, and whether they like it
/// (a private like: only the owner sees it, in the viewer list). <see cref="ViewId"/> is time-ordered, the viewer
/// list's key and cursor.
/// </summary>
public sealed record ViewRecord(Guid StoryId, Guid OwnerId, Guid ViewerId, Guid ViewId, DateTimeOffset SeenAt, bool Liked);
