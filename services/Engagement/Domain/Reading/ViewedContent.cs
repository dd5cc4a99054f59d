using Social.Engagement.Domain.Content;

namespace Social.Engagement.Domain.Reading;

/// <summary>A content item as one viewer sees it.</summary>
public sealed record ViewedContent(ContentItem Item, bool ViewerHasLiked);
