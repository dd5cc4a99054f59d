namespace Social.Story.Domain.Stories;

/// <summary>A page of stories; <see cref="Next"/> is the story after which the next page starts, null on the last.</summary>
public sealed record StoryPage(IReadOnlyList<StoryRecord> Items, Guid? Next);
