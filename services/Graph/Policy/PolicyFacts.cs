using Social.Graph.Users;

namespace Social.Graph.Policy;

/// <summary>Everything a policy decision depends on, read with point lookups (independent of how many edges exist).</summary>
public sealed record PolicyFacts(
    bool ActorExists,
    bool TargetExists,
    bool ActorBlocksTarget,
    bool TargetBlocksActor,
    bool ActorFollowsTarget,
    bool TargetFollowsActor,
    UserSettings TargetSettings);
