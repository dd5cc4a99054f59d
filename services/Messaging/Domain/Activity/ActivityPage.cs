namespace Social.Messaging.Domain.Activity;

/// <summary>A page of stored entries, newest position first; <paramref name="Next"/> is the position to go on after.</summary>
public sealed record ActivityPage(IReadOnlyList<ActivityEntry> Items, Guid? Next);
