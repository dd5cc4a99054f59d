using MongoDB.Driver;
using Social.Contracts.Events;

namespace Social.Graph.Storage.MongoDb;

/// <summary>Blocks, mutes and close friends.</summary>
public sealed partial class MongoGraphStore
{
    public Task<bool> BlockAsync(Guid actor, Guid target, CancellationToken cancellationToken) =>
        WriteAsync(async (session, changes, ct) =>
        {
            if (!await UserExistsAsync(session, target, ct))
            {
                return false;
            }

            var block = new BlockDocument
            {
                Id = EdgeDocument.IdOf(actor, target),
                BlockerId = actor.ToString(),
                BlockedId = target.ToString(),
                EdgeId = NewEdgeId().ToString(),
                CreatedAt = changes.At.UtcDateTime,
            };
            if (!await InsertOnceAsync(Blocks, session, block, ct))
            {
                return true;
            }

            // Severed both ways, with the counts and the events of each end; then out of each other's close friends.
            await RemoveFollowAsync(session, changes, actor, target, FollowEndReasons.Blocked, ct);
            await RemoveFollowAsync(session, changes, target, actor, FollowEndReasons.Blocked, ct);
            await RemoveRequestAsync(session, changes, actor, target, FollowEndReasons.Blocked, ct);
            await RemoveRequestAsync(session, changes, target, actor, FollowEndReasons.Blocked, ct);
            await DeleteAsync(CloseFriends, session, actor, target, ct);
            await DeleteAsync(CloseFriends, session, target, actor, ct);
            changes.Blocked(actor, target);
            return true;
        }, cancellationToken);

    public Task UnblockAsync(Guid actor, Guid target, CancellationToken cancellationToken) =>
        WriteAsync(async (session, changes, ct) =>
        {
            if (await DeleteAsync(Blocks, session, actor, target, ct))
            {
                changes.Unblocked(actor, target);
            }

            return true;
        }, cancellationToken);

    public Task<bool> MuteAsync(Guid actor, Guid target, DateTimeOffset? expiresAt, CancellationToken cancellationToken) =>
        WriteAsync(async (session, changes, ct) =>
        {
            if (!await UserExistsAsync(session, target, ct))
            {
                return false;
            }

            // A repeat keeps the original edge (its place in the list) and takes the new expiry.
            var id = EdgeDocument.IdOf(actor, target);
            await Mutes.UpdateOneAsync(
                session,
                m => m.Id == id,
                Builders<MuteDocument>.Update
                    .Set(m => m.ExpiresAt, expiresAt?.UtcDateTime)
                    .SetOnInsert(m => m.MuterId, actor.ToString())
                    .SetOnInsert(m => m.MutedId, target.ToString())
                    .SetOnInsert(m => m.EdgeId, NewEdgeId().ToString())
                    .SetOnInsert(m => m.CreatedAt, changes.At.UtcDateTime),
                new UpdateOptions { IsUpsert = true },
                ct);
            return true;
        }, cancellationToken);

    public Task UnmuteAsync(Guid actor, Guid target, CancellationToken cancellationToken) =>
        WriteAsync((session, _, ct) => DeleteAsync(Mutes, session, actor, target, ct), cancellationToken);

    public Task<bool> AddCloseFriendAsync(Guid owner, Guid member, CancellationToken cancellationToken) =>
        WriteAsync(async (session, changes, ct) =>
        {
            if (!await UserExistsAsync(session, member, ct))
            {
                return false;
            }

            var closeFriend = new CloseFriendDocument
            {
                Id = EdgeDocument.IdOf(owner, member),
                OwnerId = owner.ToString(),
                FriendId = member.ToString(),
                EdgeId = NewEdgeId().ToString(),
                CreatedAt = changes.At.UtcDateTime,
            };
            await InsertOnceAsync(CloseFriends, session, closeFriend, ct);
            return true;
        }, cancellationToken);

    public Task RemoveCloseFriendAsync(Guid owner, Guid member, CancellationToken cancellationToken) =>
        WriteAsync((session, _, ct) => DeleteAsync(CloseFriends, session, owner, member, ct), cancellationToken);
}
