using Social.Engagement.Domain.Content;

namespace Social.Engagement.Domain.Reading;

/// <summary>A page of a user's content as one viewer sees it, and where the next page starts.</summary>
public sealed record ViewedPage(IReadOnlyList<ViewedContent> Items, ContentPosition? Next);
