using Social.Engagement.Domain.Access;

namespace Social.Engagement.Domain.Likes;

/// <summary>What a like or unlike did: refused (<see cref="Access"/> not visible), or the caller's state and the count after it.</summary>
public sealed record LikeOutcome(AccessDecision Access, bool Liked, long LikesCount)
{
    public static LikeOutcome Refused(AccessDecision access) => new(access, false, 0);
}
