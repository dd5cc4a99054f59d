namespace Social.Story.Domain.Highlights;

/// <summary>A new highlight as its owner asks for it.</summary>
public sealed record HighlightDraft(string? Title, IReadOnlyList<Guid> StoryIds);
