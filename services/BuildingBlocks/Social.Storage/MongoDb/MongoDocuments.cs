using MongoDB.Bson.Serialization.Attributes;

namespace Social.Storage.MongoDb;

/// <summary>An outbox entry. <c>_id</c> is the message id: a time-ordered UUID (v7) in text, so it sorts in commit order.</summary>
public sealed class OutboxDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string AggregateId { get; init; }

    public required string MessageType { get; init; }

    public required string Body { get; init; }

    public string? TraceParent { get; init; }

    public required DateTime OccurredAt { get; init; }

    public int Attempts { get; init; }

    [BsonIgnoreIfNull]
    public DateTime? PublishedAt { get; init; }
}

/// <summary>An outbox message the relay gave up on (same fields as <see cref="OutboxDocument"/>, plus why). <c>_id</c> is the message id.</summary>
public sealed class OutboxDeadLetterDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string AggregateId { get; init; }

    public required string MessageType { get; init; }

    public required string Body { get; init; }

    public string? TraceParent { get; init; }

    public required DateTime OccurredAt { get; init; }

    public required DateTime FailedAt { get; init; }

    public required int Attempts { get; init; }

    public required string Error { get; init; }
}

/// <summary>An inbox receipt: <c>_id</c> = consumer + message id, unique by construction.</summary>
public sealed class InboxDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required DateTime ProcessedAt { get; init; }

    public static string IdOf(string consumer, Guid messageId) => consumer + "/" + messageId.ToString();
}

/// <summary>Names of the shared collections in every service database.</summary>
public static class SharedCollections
{
    public const string Outbox = "outbox";
    public const string OutboxDeadLetters = "outbox_dead_letters";
    public const string Inbox = "inbox";
    public const string OutboxRelayLease = "outbox_relay_lease";
}
