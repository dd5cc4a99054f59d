namespace Social.Engagement.Domain.Tags;

/// <summary>A page of one user's tags, newest first, and the tag after which the next page starts.</summary>
public sealed record TagPage(IReadOnlyList<TagRecord> Items, Guid? Next);
