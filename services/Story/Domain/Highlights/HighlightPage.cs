namespace Social.Story.Domain.Highlights;

/// <summary>A page of highlights, newest first; <see cref="Next"/> is the highlight after which the next page starts.</summary>
public sealed record HighlightPage(IReadOnlyList<HighlightRecord> Items, Guid? Next);
