using Social.KnownUsers;

namespace Social.Messaging.Domain.Activity;

/// <summary>An entry as its recipient sees it: the actors shown with their profiles, and a story reply's text while the message is there.</summary>
public sealed record ViewedActivity(ActivityEntry Entry, IReadOnlyList<ProfileCard> Actors, string? Text);
