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

    /// <summary>
    /// Whether a waiting request from <paramref name="requester"/> may become a follow of <paramref name="owner"/>:
    /// whatever would refuse the follow now (a block either way, an account gone) refuses the acceptance too.
    /// </summary>
    public static bool MayAccept(Guid requester, Guid owner, PolicyFacts facts) =>
        PolicyRules.Evaluate(GraphAction.Follow, requester, owner, facts).Allowed;
}
