using Social.Story.Domain.Stories;

namespace Social.Story.Domain.Access;

/// <summary>
/// The one place that decides who may see a story. The owner always may. A block either way hides the owner's stories
/// altogether; a private owner's stories are for approved followers only. Then the story's own audience: everyone,
/// followers (the viewer follows the owner), mutuals (both follow each other) or close friends (the owner has the
/// viewer on their close friends), minus its hide-from list. An audience that leaves the viewer out answers "not
/// found", so nobody learns of a story they were not meant to see. Whether the story is still live is the caller's
/// question (<see cref="StoryRules.IsLive"/>): highlights show expired stories by the same rules.
/// </summary>
public static class StoryAccess
{
    /// <summary>Whether the viewer may see any of the owner's stories at all.</summary>
    public static AccessDecision ForOwner(ViewerFacts facts)
    {
        if (facts.IsOwner)
        {
            return AccessDecision.Visible;
        }

        var relationship = facts.Relationship;
        if (relationship.BlockedEitherWay)
        {
            return AccessDecision.NotFound;
        }

        return facts.OwnerIsPrivate && !relationship.Following ? AccessDecision.PrivateAccount : AccessDecision.Visible;
    }

    public static AccessDecision Decide(ViewerFacts facts, StoryRecord story)
    {
        var owner = ForOwner(facts);
        if (owner != AccessDecision.Visible || facts.IsOwner)
        {
            return owner;
        }

        return !story.HideFrom.Contains(facts.ViewerId) && Admits(story.Audience, facts)
            ? AccessDecision.Visible
            : AccessDecision.NotFound;
    }

    private static bool Admits(string audience, ViewerFacts facts)
    {
        var relationship = facts.Relationship;
        return audience switch
        {
            StoryAudiences.Everyone => true,
            StoryAudiences.Followers => relationship.Following,
            StoryAudiences.Mutuals => relationship.Following && relationship.FollowedBy,
            StoryAudiences.CloseFriends => relationship.InTheirCloseFriends,
            _ => false,
        };
    }
}
