namespace Social.Story.Domain.Stories;

/// <summary>A story as its owner asks for it; absent fields take their defaults.</summary>
public sealed record StoryDraft(string? MediaUrl, string? Caption, string? Audience, IReadOnlyList<Guid> HideFrom);
