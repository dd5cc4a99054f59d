namespace Social.Story.Domain.Highlights;

/// <summary>A page of highlights as one viewer sees them; <see cref="Next"/> is the highlight after which the next page starts.</summary>
public sealed record ShownHighlightPage(IReadOnlyList<ShownHighlight> Items, Guid? Next);
