namespace Social.Engagement.Domain.Reading;

/// <summary>A page of the items a user is tagged in, as one viewer sees them, and the tag after which the next page starts.</summary>
public sealed record ViewedTaggedPage(IReadOnlyList<ViewedContent> Items, Guid? Next);
