namespace Social.Story.Domain.Reading;

/// <summary>A page of stories as one viewer reads them; <see cref="Next"/> is the story after which the next page starts.</summary>
public sealed record ViewedStoryPage(IReadOnlyList<ViewedStory> Items, Guid? Next);
