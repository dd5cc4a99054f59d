using Social.Story.Domain.Stories;

namespace Social.Story.Domain.Highlights;

/// <summary>A highlight as one viewer sees it: the stories of it they may see, in the highlight's order.</summary>
public sealed record ShownHighlight(HighlightRecord Highlight, IReadOnlyList<StoryRecord> Stories);
