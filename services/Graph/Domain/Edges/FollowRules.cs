using Social.Graph.Domain.Policy;

namespace Social.Graph.Domain.Edges;

/// <summary>
/// What a follow does, built on <see cref="PolicyRules"/> (blocks both ways, existence, self) and then the target's
/// privacy: a private account gets a request, a public one a follower. Following again changes nothing.
/// </summary>
public static class FollowRules
{
    public static FollowOutcome Decide(Guid actor, Guid target, PolicyFacts facts)
    {
        var decision = PolicyRules.Evaluate(GraphAction.Follow, actor, target, facts);
        if (!decision.Allowed)
        {
            return decision.Reason switch
            {
                PolicyReasons.NotFound => facts.TargetExists ? FollowOutcome.ActorNotFound : FollowOutcome.TargetNotFound,
                PolicyReasons.Self => FollowOutcome.Self,
                PolicyReasons.BlockedByTarget => FollowOutcome.BlockedByTarget,
                PolicyReasons.Blocked => FollowOutcome.Blocking,
                _ => throw new InvalidOperationException($"A follow cannot be refused for '{decision.Reason}'."),
            };
        }

        return facts.ActorFollowsTarget || !facts.TargetSettings.IsPrivate ? FollowOutcome.Following : FollowOutcome.Requested;
    }
}
