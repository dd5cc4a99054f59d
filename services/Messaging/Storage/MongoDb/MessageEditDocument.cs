using MongoDB.Bson.Serialization.Attributes;
using Social.KnownUsers.MongoDb;
using Social.Messaging.Domain.Messages;
using Social.Storage.MongoDb;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>A message's earlier text: <c>_id</c> is the edit's id (UUIDv7, so id order is time order).</summary>
internal sealed class MessageEditDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string MessageId { get; init; }

    public required string Text { get; init; }

    public required DateTime ReplacedAt { get; init; }

    public MessageEdit ToRecord() => new(Guid.Parse(Id), Guid.Parse(MessageId), Text, MongoTime.Utc(ReplacedAt));
}
