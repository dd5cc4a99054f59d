using MongoDB.Bson.Serialization.Attributes;
using Social.Messaging.Domain.Stream;
using Social.Storage.MongoDb;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>A stream ticket: <c>_id</c> is the ticket's hash (the ticket itself is never stored).</summary>
internal sealed class StreamTicketDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string UserId { get; init; }

    public required DateTime ExpiresAt { get; init; }

    public static StreamTicketDocument From(StoredStreamTicket ticket) => new() { Id = ticket.Hash, UserId = ticket.UserId.ToString(), ExpiresAt = ticket.ExpiresAt.UtcDateTime };

    public StoredStreamTicket ToTicket() => new(Id, Guid.Parse(UserId), MongoTime.Utc(ExpiresAt));
}
