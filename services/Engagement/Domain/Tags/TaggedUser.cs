namespace Social.Engagement.Domain.Tags;

/// <summary>A tag as a content view shows it.</summary>
public sealed record TaggedUser(Guid UserId, string Handle);
