using MongoDB.Bson.Serialization.Attributes;

namespace Social.Profile.Identity.MongoDb;

/// <summary>One OpenIddict authorization (a session's grant: ad hoc for the password flow): the SQLite store's fields.</summary>
public sealed class OAuthAuthorizationDocument : IOAuthDocument
{
    [BsonId]
    public string Id { get; set; } = Guid.NewGuid().ToString();

    public string ConcurrencyToken { get; set; } = Guid.NewGuid().ToString();

    public string? ApplicationId { get; set; }

    public DateTime? CreationDate { get; set; }

    public string? Properties { get; set; }

    public List<string> Scopes { get; set; } = [];

    public string? Status { get; set; }

    public string? Subject { get; set; }

    public string? Type { get; set; }
}
