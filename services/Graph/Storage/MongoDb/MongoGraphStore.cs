using MongoDB.Bson;
using MongoDB.Driver;
using Social.Graph.Edges;
using Social.Graph.Users;
using Social.EventBus.Inbox;
using Social.Storage.MongoDb;

namespace Social.Graph.Storage.MongoDb;

/// <summary>
/// The MongoDB adapter of <see cref="IGraphStore"/>, with the SQLite adapter's semantics: users and settings here;
/// indexes, edges, reads and counters beside. Every write is one transaction holding its outbox messages.
/// </summary>
public sealed partial class MongoGraphStore(MongoDatabaseContext context, TimeProvider timeProvider) : IGraphStore
{
    private const string UsersCollection = "users";
    private const string DeletedUsersCollection = "deleted_users";
    private const string SettingsCollection = "user_settings";
    private const string FollowsCollection = "follows";
    private const string FollowRequestsCollection = "follow_requests";
    private const string BlocksCollection = "blocks";
    private const string MutesCollection = "mutes";
    private const string CloseFriendsCollection = "close_friends";

    private IMongoCollection<GraphUserDocument> Users => context.Database.GetCollection<GraphUserDocument>(UsersCollection);

    private IMongoCollection<DeletedUserDocument> DeletedUsers => context.Database.GetCollection<DeletedUserDocument>(DeletedUsersCollection);

    private IMongoCollection<UserSettingsDocument> Settings => context.Database.GetCollection<UserSettingsDocument>(SettingsCollection);

    private IMongoCollection<FollowDocument> Follows => context.Database.GetCollection<FollowDocument>(FollowsCollection);

    private IMongoCollection<FollowRequestDocument> FollowRequests => context.Database.GetCollection<FollowRequestDocument>(FollowRequestsCollection);

    private IMongoCollection<BlockDocument> Blocks => context.Database.GetCollection<BlockDocument>(BlocksCollection);

    private IMongoCollection<MuteDocument> Mutes => context.Database.GetCollection<MuteDocument>(MutesCollection);

    private IMongoCollection<CloseFriendDocument> CloseFriends => context.Database.GetCollection<CloseFriendDocument>(CloseFriendsCollection);

    public Task<bool> AddUserAsync(GraphUser user, MessageReceipt receipt, CancellationToken cancellationToken) =>
        context.ApplyOnceAsync(receipt, async (session, ct) =>
        {
            if (await DeletedUsers.Find(session, d => d.Id == user.UserId.ToString()).AnyAsync(ct))
            {
                return;
            }

            // Upsert without overwrite: the same account announced under another message id is still one user.
            await Users.UpdateOneAsync(
                session,
                u => u.Id == user.UserId.ToString(),
                Builders<GraphUserDocument>.Update
                    .SetOnInsert(u => u.Handle, user.Handle)
                    .SetOnInsert(u => u.CreatedAt, user.CreatedAt.UtcDateTime)
                    .SetOnInsert(u => u.FollowersCount, 0)
                    .SetOnInsert(u => u.FollowingCount, 0)
                    .SetOnInsert(u => u.CountsVersion, 0),
                new UpdateOptions { IsUpsert = true },
                ct);
        }, cancellationToken);

    public Task<bool> RemoveUserAsync(Guid userId, MessageReceipt receipt, CancellationToken cancellationToken) =>
        context.ApplyOnceAsync(receipt, async (session, ct) =>
        {
            var changes = new GraphChanges(timeProvider);
            var id = userId.ToString();

            // Everyone they followed loses a follower, everyone who followed them loses a followee.
            await AdjustCountsOfAsync(session, changes, Follows.Find(session, f => f.FollowerId == id).Project(f => f.FolloweeId), followers: -1, following: 0, ct);
            await AdjustCountsOfAsync(session, changes, Follows.Find(session, f => f.FolloweeId == id).Project(f => f.FollowerId), followers: 0, following: -1, ct);

            await Follows.DeleteManyAsync(session, f => f.FollowerId == id || f.FolloweeId == id, cancellationToken: ct);
            await FollowRequests.DeleteManyAsync(session, r => r.RequesterId == id || r.TargetId == id, cancellationToken: ct);
            await Blocks.DeleteManyAsync(session, b => b.BlockerId == id || b.BlockedId == id, cancellationToken: ct);
            await Mutes.DeleteManyAsync(session, m => m.MuterId == id || m.MutedId == id, cancellationToken: ct);
            await CloseFriends.DeleteManyAsync(session, c => c.OwnerId == id || c.FriendId == id, cancellationToken: ct);
            await Settings.DeleteOneAsync(session, s => s.Id == id, cancellationToken: ct);
            await Users.DeleteOneAsync(session, u => u.Id == id, cancellationToken: ct);
            await DeletedUsers.ReplaceOneAsync(session, d => d.Id == id, new DeletedUserDocument { Id = id }, new ReplaceOptions { IsUpsert = true }, ct);
            return changes.Messages;
        }, cancellationToken);

    public Task<bool> ApplySettingsAsync(UserSettings settings, MessageReceipt receipt, CancellationToken cancellationToken) =>
        context.ApplyOnceAsync(receipt, async (session, ct) =>
        {
            var changes = new GraphChanges(timeProvider);
            var current = await ReadSettingsAsync(session, settings.UserId, ct);
            if (current is not null && current.ChangedAt >= settings.ChangedAt)
            {
                return changes.Messages; // An older event, arriving late: the newer settings stay.
            }

            await Settings.ReplaceOneAsync(
                session,
                s => s.Id == settings.UserId.ToString(),
                new UserSettingsDocument
                {
                    Id = settings.UserId.ToString(),
                    IsPrivate = settings.IsPrivate,
                    WhoCanMessage = settings.WhoCanMessage,
                    WhoCanComment = settings.WhoCanComment,
                    WhoCanMention = settings.WhoCanMention,
                    ChangedAt = settings.ChangedAt.UtcDateTime,
                },
                new ReplaceOptions { IsUpsert = true },
                ct);

            if (!settings.IsPrivate)
            {
                // Going public accepts every waiting request (a public account has none, so this is a no-op otherwise).
                foreach (var requester in await RequestersOfAsync(session, settings.UserId, ct))
                {
                    await AcceptAsync(session, changes, settings.UserId, requester, ct);
                }
            }

            return changes.Messages;
        }, cancellationToken);

    public async Task<GraphUser?> FindUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        var document = await Users.Find(u => u.Id == userId.ToString()).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : new GraphUser(userId, document.Handle, Utc(document.CreatedAt));
    }

    public async Task<UserSettings> GetSettingsAsync(Guid userId, CancellationToken cancellationToken) =>
        await ReadSettingsAsync(null, userId, cancellationToken) ?? UserSettings.DefaultsFor(userId);

    /// <summary>The stored settings, in <paramref name="session"/>'s transaction when given.</summary>
    private async Task<UserSettings?> ReadSettingsAsync(IClientSessionHandle? session, Guid userId, CancellationToken cancellationToken)
    {
        var id = userId.ToString();
        var find = session is null ? Settings.Find(s => s.Id == id) : Settings.Find(session, s => s.Id == id);
        var document = await find.FirstOrDefaultAsync(cancellationToken);
        return document is null
            ? null
            : new UserSettings(userId, document.IsPrivate, document.WhoCanMessage, document.WhoCanComment, document.WhoCanMention, Utc(document.ChangedAt));
    }

    /// <summary>
    /// One write transaction: the work, its events, commit. A transaction that conflicts with a concurrent one runs
    /// again (see <see cref="MongoDatabaseContext.InTransactionAsync"/>), so the result is the last run's.
    /// </summary>
    private async Task<T> WriteAsync<T>(Func<IClientSessionHandle, GraphChanges, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var result = default(T)!;
        var committed = await context.InTransactionAsync(
            async (session, ct) =>
            {
                var changes = new GraphChanges(timeProvider);
                result = await work(session, changes, ct);
                return changes.Messages;
            },
            cancellationToken);

        // Edges are written by upsert on their pair id, so only a concurrent writer can break a unique key: report it
        // rather than answer for a write that did not happen.
        return committed ? result : throw new InvalidOperationException("A graph write met a concurrent one and was not applied.");
    }

    private Guid NewEdgeId() => Guid.CreateVersion7(timeProvider.GetUtcNow());

    /// <summary>Inserts the edge unless its pair already has one; true when this call inserted it.</summary>
    private static async Task<bool> InsertOnceAsync<T>(IMongoCollection<T> collection, IClientSessionHandle session, T edge, CancellationToken cancellationToken)
        where T : EdgeDocument
    {
        // A duplicate key would abort the whole transaction, so the insert is an upsert that sets nothing on a match.
        var fields = edge.ToBsonDocument();
        fields.Remove("_id");
        var result = await collection.UpdateOneAsync(
            session,
            Builders<T>.Filter.Eq(e => e.Id, edge.Id),
            new BsonDocument("$setOnInsert", fields),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);
        return result.UpsertedId is not null;
    }

    /// <summary>Deletes the edge of the pair; true when there was one.</summary>
    private static async Task<bool> DeleteAsync<T>(IMongoCollection<T> collection, IClientSessionHandle session, Guid from, Guid to, CancellationToken cancellationToken)
        where T : EdgeDocument
    {
        var result = await collection.DeleteOneAsync(session, Builders<T>.Filter.Eq(e => e.Id, EdgeDocument.IdOf(from, to)), cancellationToken: cancellationToken);
        return result.DeletedCount == 1;
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
