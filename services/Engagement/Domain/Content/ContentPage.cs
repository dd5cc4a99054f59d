namespace Social.Engagement.Domain.Content;

/// <summary>A page of items, newest first, and where the next one starts (null on the last page).</summary>
public sealed record ContentPage(IReadOnlyList<ContentItem> Items, ContentPosition? Next);
