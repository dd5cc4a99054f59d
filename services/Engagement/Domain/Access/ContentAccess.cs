using Social.Engagement.Domain.Content;

namespace Social.Engagement.Domain.Access;

/// <summary>
/// The one place that decides who may see (and so like) a content item. The owner always may. A block either way
/// hides it. A private owner's content is for approved followers only. Then the item's audience: everyone, followers
/// (the viewer follows the owner), mutuals (both follow each other) or only the owner. An audience that leaves the
/// viewer out answers "not found", so nobody learns that content exists that they were not meant to see.
/// </summary>
public static class ContentAccess
{
    private static readonly IReadOnlySet<string> Everything = ContentAudiences.All;
    private static readonly IReadOnlySet<string> Nothing = new HashSet<string>();

    public static AccessDecision Decide(ViewerFacts facts, string audience)
    {
        var owner = ForOwner(facts, out var audiences);
        return owner != AccessDecision.Visible ? owner
            : audiences.Contains(audience) ? AccessDecision.Visible
            : AccessDecision.NotFound;
    }

    /// <summary>
    /// Whether the viewer may see any of the owner's content at all, and if so the audiences of the items they may
    /// see (a user's content list is one index range per audience set, never filtered after paging).
    /// </summary>
    public static AccessDecision ForOwner(ViewerFacts facts, out IReadOnlySet<string> audiences)
    {
        audiences = Nothing;
        if (facts.IsOwner)
        {
            audiences = Everything;
            return AccessDecision.Visible;
        }

        var relationship = facts.Relationship;
        if (relationship.BlockedEitherWay)
        {
            return AccessDecision.NotFound;
        }

        if (facts.OwnerIsPrivate && !relationship.Following)
        {
            return AccessDecision.PrivateAccount;
        }

        var visible = new HashSet<string>(StringComparer.Ordinal) { ContentAudiences.Everyone };
        if (relationship.Following)
        {
            visible.Add(ContentAudiences.Followers);
        }

        if (relationship.Following && relationship.FollowedBy)
        {
            visible.Add(ContentAudiences.Mutuals);
        }

        audiences = visible;
        return AccessDecision.Visible;
    }
}
