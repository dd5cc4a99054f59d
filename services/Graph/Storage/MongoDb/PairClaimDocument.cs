using MongoDB.Bson.Serialization.Attributes;

namespace Social.Graph.Storage.MongoDb;

/// <summary>
/// The document every edge-creating write of a pair of users touches (see <see cref="MongoGraphTransaction.ClaimPairAsync"/>).
/// <c>_id</c> is the pair in a fixed order, so both directions meet on one document.
/// </summary>
public sealed class PairClaimDocument
{
    [BsonId]
    public required string Id { get; init; }

    public long Writes { get; init; }

    public static string IdOf(Guid first, Guid second) =>
        first.CompareTo(second) <= 0 ? $"{first}/{second}" : $"{second}/{first}";
}
