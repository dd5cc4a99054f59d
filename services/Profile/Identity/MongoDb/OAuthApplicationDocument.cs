using MongoDB.Bson.Serialization.Attributes;

namespace Social.Profile.Identity.MongoDb;

/// <summary>One OpenIddict client application (the apps' public client, the internal and operator callers).</summary>
public sealed class OAuthApplicationDocument : IOAuthDocument
{
    [BsonId]
    public string Id { get; set; } = Guid.NewGuid().ToString();

    public string ConcurrencyToken { get; set; } = Guid.NewGuid().ToString();

    public string? ApplicationType { get; set; }

    public string? ClientId { get; set; }

    /// <summary>The secret as OpenIddict hashed it; never the secret itself.</summary>
    public string? ClientSecret { get; set; }

    public string? ClientType { get; set; }

    public string? ConsentType { get; set; }

    public string? DisplayName { get; set; }

    public Dictionary<string, string> DisplayNames { get; set; } = [];

    /// <summary>The client's JSON Web Key Set, as JSON.</summary>
    public string? JsonWebKeySet { get; set; }

    public List<string> Permissions { get; set; } = [];

    public List<string> PostLogoutRedirectUris { get; set; } = [];

    public string? Properties { get; set; }

    public List<string> RedirectUris { get; set; } = [];

    public List<string> Requirements { get; set; } = [];

    public Dictionary<string, string> Settings { get; set; } = [];
}
