namespace Social.Story.Domain.Highlights;

/// <summary>A named set of its owner's stories that stays on their profile after the stories expire.</summary>
public sealed record HighlightRecord(Guid HighlightId, Guid OwnerId, string Title, IReadOnlyList<Guid> StoryIds, DateTimeOffset CreatedAt);
