using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Tags;

namespace Social.Engagement.Domain.Reading;

/// <summary>A content item as one viewer sees it: their like, and its tags but those of users blocked either way with them.</summary>
public sealed record ViewedContent(ContentItem Item, bool ViewerHasLiked, IReadOnlyList<TaggedUser> Tags);
