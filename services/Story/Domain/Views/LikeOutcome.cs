using Social.Story.Domain.Access;

namespace Social.Story.Domain.Views;

/// <summary>What a like or unlike did: refused (<see cref="Access"/>), refused because the story is the caller's own, or the like's state now.</summary>
public sealed record LikeOutcome(AccessDecision Access, bool OwnStory, bool Liked);
