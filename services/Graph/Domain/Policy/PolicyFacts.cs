using Social.KnownUsers;

namespace Social.Graph.Domain.Policy;

/// <summary>Everything a policy decision depends on, read with point lookups (independent of how many edges exist).</summary>
public sealed record PolicyFacts(
    bool ActorExists,
    bool TargetExists,
    bool ActorBlocksTarget,
    bool TargetBlocksActor,
    bool ActorFollowsTarget,
    bool TargetFollowsActor,
    UserSettings TargetSettings);
