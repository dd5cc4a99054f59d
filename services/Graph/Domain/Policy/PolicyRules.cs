using Social.Contracts.Settings;
using Social.Graph.Domain.Users;

namespace Social.Graph.Domain.Policy;

/// <summary>
/// The one place that decides what a user may do to another. Blocks come first, both ways; then existence; then the
/// target's privacy and who-can settings, where "followers" means the actor follows the target and "mutuals" means
/// both follow each other. Acting on yourself is always allowed, except following.
/// </summary>
public static class PolicyRules
{
    public static PolicyDecision Evaluate(GraphAction action, Guid actorId, Guid targetId, PolicyFacts facts)
    {
        if (!facts.ActorExists || !facts.TargetExists)
        {
            return PolicyDecision.Deny(PolicyReasons.NotFound);
        }

        if (actorId == targetId)
        {
            return action == GraphAction.Follow ? PolicyDecision.Deny(PolicyReasons.Self) : PolicyDecision.Allow;
        }

        if (facts.TargetBlocksActor)
        {
            return PolicyDecision.Deny(PolicyReasons.BlockedByTarget);
        }

        if (facts.ActorBlocksTarget)
        {
            return PolicyDecision.Deny(PolicyReasons.Blocked);
        }

        var settings = facts.TargetSettings;
        var canView = !settings.IsPrivate || facts.ActorFollowsTarget;
        return action switch
        {
            // A private account can still be asked: the follow becomes a request.
            GraphAction.Follow => PolicyDecision.Allow,
            GraphAction.View => canView ? PolicyDecision.Allow : PolicyDecision.Deny(PolicyReasons.PrivateAccount),
            // Who may message is the target's setting only; Messaging routes the others to message requests.
            GraphAction.Message => ByAudience(settings.WhoCanMessage, facts),
            GraphAction.Comment => canView ? ByAudience(settings.WhoCanComment, facts) : PolicyDecision.Deny(PolicyReasons.PrivateAccount),
            GraphAction.Mention => ByAudience(settings.WhoCanMention, facts),
            GraphAction.Tag => ByAudience(settings.WhoCanTag, facts),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown action."),
        };
    }

    private static PolicyDecision ByAudience(string audience, PolicyFacts facts) =>
        Audiences.Admits(audience, facts.ActorFollowsTarget, facts.TargetFollowsActor) ? PolicyDecision.Allow : PolicyDecision.Deny(PolicyReasons.Setting);
}
