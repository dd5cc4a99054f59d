using MongoDB.Driver;
using Social.Graph.Users;
using Social.ServiceDefaults.Messaging.Inbox;
using Social.ServiceDefaults.Storage.MongoDb;

namespace Social.Graph.Storage.MongoDb;

public sealed class MongoGraphStore(MongoDatabaseContext context) : IGraphStore
{
    private IMongoCollection<GraphUserDocument> Users => context.Database.GetCollection<GraphUserDocument>("users");

    private IMongoCollection<DeletedUserDocument> DeletedUsers => context.Database.GetCollection<DeletedUserDocument>("deleted_users");

    public static Task CreateIndexesAsync(IMongoDatabase database, CancellationToken cancellationToken) => Task.CompletedTask;

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
                    .SetOnInsert(u => u.CreatedAt, user.CreatedAt.UtcDateTime),
                new UpdateOptions { IsUpsert = true },
                ct);
        }, cancellationToken);

    public Task<bool> RemoveUserAsync(Guid userId, MessageReceipt receipt, CancellationToken cancellationToken) =>
        context.ApplyOnceAsync(receipt, async (session, ct) =>
        {
            var id = userId.ToString();
            await Users.DeleteOneAsync(session, d => d.Id == id, cancellationToken: ct);
            await DeletedUsers.ReplaceOneAsync(session, d => d.Id == id, new DeletedUserDocument { Id = id }, new ReplaceOptions { IsUpsert = true }, ct);
        }, cancellationToken);

    public async Task<GraphUser?> FindUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        var document = await Users.Find(u => u.Id == userId.ToString()).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : new GraphUser(userId, document.Handle, new DateTimeOffset(document.CreatedAt, TimeSpan.Zero));
    }
}
