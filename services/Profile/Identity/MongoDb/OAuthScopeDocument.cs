using MongoDB.Bson.Serialization.Attributes;

namespace Social.Profile.Identity.MongoDb;

/// <summary>One OpenIddict scope, with its localized texts keyed by culture name.</summary>
public sealed class OAuthScopeDocument : IOAuthDocument
{
    [BsonId]
    public string Id { get; set; } = Guid.NewGuid().ToString();

    public string ConcurrencyToken { get; set; } = Guid.NewGuid().ToString();

    public string? Description { get; set; }

    public Dictionary<string, string> Descriptions { get; set; } = [];

    public string? DisplayName { get; set; }

    public Dictionary<string, string> DisplayNames { get; set; } = [];

    public string? Name { get; set; }

    public string? Properties { get; set; }

    public List<string> Resources { get; set; } = [];
}
