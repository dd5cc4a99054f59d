namespace Social.Story.Domain.Stories;

/// <summary>
/// A story as stored. It is live while the clock reads before <see cref="ExpiresAt"/>; after, only its owner's archive
/// and highlights show it. <see cref="HideFrom"/> lists users the audience leaves out by name.
/// </summary>
public sealed record StoryRecord(
    Guid StoryId,
    Guid OwnerId,
    string MediaUrl,
    string Caption,
    string Audience,
    IReadOnlyList<Guid> HideFrom,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt);
