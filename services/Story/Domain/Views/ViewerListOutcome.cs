using Social.KnownUsers;
using Social.Story.Domain.Access;

namespace Social.Story.Domain.Views;

/// <summary>
/// A viewer list as its story's owner reads it (with how each viewer is shown), or why not: the story is not found
/// for the caller (<see cref="Access"/>), or the caller may see it but is not its owner (<see cref="NotOwner"/>).
/// </summary>
public sealed record ViewerListOutcome(AccessDecision Access, bool NotOwner, StoryViewerPage? Page, IReadOnlyDictionary<Guid, ProfileCard>? Profiles);
