using MongoDB.Driver;
using Social.KnownUsers.MongoDb;
using Social.Storage.MongoDb;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>The MongoDB adapter of <see cref="IMessagingStore"/>.</summary>
public sealed class MongoMessagingStore(MongoDatabaseContext context, TimeProvider clock)
    : MongoKnownUsersStore<IMessagingTransaction, MongoMessagingTransaction>(context, clock), IMessagingStore
{
    public static Task CreateIndexesAsync(IMongoDatabase database, CancellationToken cancellationToken) => Task.CompletedTask;

    protected override MongoMessagingTransaction Begin(IClientSessionHandle session, DateTimeOffset at) => new(session, Database, at);
}
