namespace Social.Story.Domain.Highlights;

/// <summary>A change to a highlight: a new title (null keeps it), stories to add and stories to remove.</summary>
public sealed record HighlightEdit(string? Title, IReadOnlyList<Guid> Add, IReadOnlyList<Guid> Remove);
