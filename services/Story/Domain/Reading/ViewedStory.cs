using Social.Story.Domain.Stories;

namespace Social.Story.Domain.Reading;

/// <summary>A story as one viewer reads it: whether they have seen it.</summary>
public sealed record ViewedStory(StoryRecord Story, bool Seen);
