using Social.Contracts.Events;
using Social.Engagement.Domain.Access;
using Social.Engagement.Storage;
using Social.KnownUsers;
using Social.Relationships.Blocks;

namespace Social.Engagement.Domain.Likes;

/// <summary>
/// Like and unlike: one like per user per item, the item's count and the owner's likes received changed in the
/// transaction of the like, with its event. Who may like is who may see (<see cref="ContentAccess"/>), asked of
/// Graph before the transaction and checked again inside it against the replicated blocks, so a like racing a block
/// cannot outlive it.
/// </summary>
public sealed class Liking(IEngagementStore store, Viewers viewers, KnownUsers<IEngagementTransaction> users, TimeProvider clock)
{
    public Task<LikeOutcome> LikeAsync(Guid userId, Guid contentId, CancellationToken cancellationToken) =>
        ChangeAsync(userId, contentId, like: true, cancellationToken);

    public Task<LikeOutcome> UnlikeAsync(Guid userId, Guid contentId, CancellationToken cancellationToken) =>
        ChangeAsync(userId, contentId, like: false, cancellationToken);

    private async Task<LikeOutcome> ChangeAsync(Guid userId, Guid contentId, bool like, CancellationToken cancellationToken)
    {
        if (await store.FindContentAsync(contentId, cancellationToken) is not { } item)
        {
            return LikeOutcome.Refused(AccessDecision.NotFound);
        }

        var owner = item.Record.OwnerId;
        var access = ContentAccess.Decide(await viewers.FactsAsync(userId, owner, cancellationToken), item.Record.Audience);
        if (access != AccessDecision.Visible)
        {
            return LikeOutcome.Refused(access);
        }

        if (await store.FindUserAsync(userId, cancellationToken) is null && !await users.LearnAsync([userId], cancellationToken))
        {
            return LikeOutcome.Refused(AccessDecision.NotFound);
        }

        return await store.WriteAsync(async (transaction, ct) =>
        {
            if (await transaction.ReadContentAsync(contentId, ct) is not { } content
                || !await transaction.UserExistsAsync(userId, ct)
                || await ReplicatedBlocks.SeparateAsync(transaction, userId, owner, ct))
            {
                return LikeOutcome.Refused(AccessDecision.NotFound);
            }

            var changes = new EngagementChanges(transaction, clock);
            var shard = LikeCounterShards.Of(userId);
            if (like && await transaction.InsertLikeAsync(content, userId, changes.NewId(), shard, ct))
            {
                await transaction.AdjustLikesAsync(contentId, shard, 1, ct);
                changes.Liked(contentId, owner, userId);
            }
            else if (!like && await transaction.DeleteLikeAsync(contentId, userId, ct))
            {
                await transaction.AdjustLikesAsync(contentId, shard, -1, ct);
                changes.Unliked(contentId, owner, userId, LikeEndReasons.Unliked);
            }

            await changes.CompleteAsync(ct);
            return new LikeOutcome(AccessDecision.Visible, like, await transaction.ReadLikesCountAsync(contentId, ct));
        }, cancellationToken);
    }
}
