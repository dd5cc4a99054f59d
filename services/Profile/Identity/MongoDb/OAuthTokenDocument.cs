using MongoDB.Bson.Serialization.Attributes;

namespace Social.Profile.Identity.MongoDb;

/// <summary>
/// One OpenIddict token entry (access, refresh): the same fields as the SQLite store's row. OpenIddict's managers change
/// an instance through the store's setters and then ask for an update, so the fields are settable.
/// </summary>
public sealed class OAuthTokenDocument : IOAuthDocument
{
    [BsonId]
    public string Id { get; set; } = Guid.NewGuid().ToString();

    public string ConcurrencyToken { get; set; } = Guid.NewGuid().ToString();

    public string? ApplicationId { get; set; }

    public string? AuthorizationId { get; set; }

    public DateTime? CreationDate { get; set; }

    public DateTime? ExpirationDate { get; set; }

    public string? Payload { get; set; }

    /// <summary>OpenIddict's extra properties, as the JSON object it reads and writes.</summary>
    public string? Properties { get; set; }

    public DateTime? RedemptionDate { get; set; }

    /// <summary>Absent, not null, when the token has none: its unique index is sparse and would count nulls.</summary>
    [BsonIgnoreIfNull]
    public string? ReferenceId { get; set; }

    public string? Status { get; set; }

    public string? Subject { get; set; }

    public string? Type { get; set; }
}
