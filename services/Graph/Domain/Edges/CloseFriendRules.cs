using Social.Graph.Domain.Policy;

namespace Social.Graph.Domain.Edges;

/// <summary>
/// Who may go on a user's close friends: anyone who exists for the owner, except someone the owner blocks. A block
/// removes close-friend entries, so adding the blocked user back would quietly undo part of it: the owner unblocks
/// first, as for a follow. A user who blocks the owner does not exist for the owner (features rule 1), so is not found.
/// </summary>
public static class CloseFriendRules
{
    public static CloseFriendOutcome Decide(Guid owner, Guid member, PolicyFacts facts)
    {
        if (owner == member)
        {
            return CloseFriendOutcome.Self;
        }

        if (!facts.TargetExists || facts.TargetBlocksActor)
        {
            return CloseFriendOutcome.MemberNotFound;
        }

        return facts.ActorBlocksTarget ? CloseFriendOutcome.Blocking : CloseFriendOutcome.Added;
    }
}
