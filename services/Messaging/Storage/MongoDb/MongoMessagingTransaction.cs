using MongoDB.Driver;
using Social.KnownUsers.MongoDb;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>The writes of one Messaging transaction on MongoDB.</summary>
public sealed class MongoMessagingTransaction(IClientSessionHandle session, IMongoDatabase database, DateTimeOffset at)
    : MongoKnownUsersTransaction(session, database, at), IMessagingTransaction;
