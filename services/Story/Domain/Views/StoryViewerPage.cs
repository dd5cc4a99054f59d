namespace Social.Story.Domain.Views;

/// <summary>A page of a story's views, newest first; <see cref="Next"/> is the view after which the next page starts.</summary>
public sealed record StoryViewerPage(IReadOnlyList<ViewRecord> Items, Guid? Next);
