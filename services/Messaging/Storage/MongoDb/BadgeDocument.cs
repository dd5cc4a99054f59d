using MongoDB.Bson.Serialization.Attributes;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>A user's stored badge numbers: <c>_id</c> is the user.</summary>
internal sealed class BadgeDocument
{
    [BsonId]
    public required string Id { get; init; }

    public long UnreadMessages { get; init; }

    public long MessageRequests { get; init; }

    public long UnseenActivity { get; init; }

    public Badges ToRecord() => new(UnreadMessages, MessageRequests, UnseenActivity);
}
