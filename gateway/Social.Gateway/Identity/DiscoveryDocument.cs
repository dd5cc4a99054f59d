using System.Text.Json.Nodes;

namespace Social.Gateway.Identity;

/// <summary>
/// The issuer's discovery document (OpenID Connect Discovery / RFC 8414) as a client of the gateway must see it. The
/// issuer builds its endpoint addresses from the request it received, which came from the gateway, so they name the
/// issuer's internal address: a client that discovers its endpoints would then go around the gateway, or fail. Every
/// endpoint address is moved onto the origin the client used, keeping its path. The <c>issuer</c> itself is left as
/// configured: it is what every access token carries and every validator expects.
/// </summary>
internal static class DiscoveryDocument
{
    public const string OpenIdConfigurationPath = "/.well-known/openid-configuration";

    public const string OAuthServerMetadataPath = "/.well-known/oauth-authorization-server";

    public static bool IsDiscoveryPath(PathString path) =>
        path.Equals(OpenIdConfigurationPath, StringComparison.OrdinalIgnoreCase)
        || path.Equals(OAuthServerMetadataPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>Rewrites, in place, every endpoint address of <paramref name="document"/> onto <paramref name="publicOrigin"/>.</summary>
    public static void UsePublicOrigin(JsonObject document, Uri publicOrigin)
    {
        foreach (var (name, value) in document.ToList())
        {
            if (IsEndpoint(name) && value is JsonValue text && text.TryGetValue<string>(out var address)
                && Uri.TryCreate(address, UriKind.Absolute, out var endpoint)
                && (endpoint.Scheme == Uri.UriSchemeHttp || endpoint.Scheme == Uri.UriSchemeHttps))
            {
                document[name] = new Uri(publicOrigin, endpoint.PathAndQuery.TrimStart('/')).AbsoluteUri;
            }
        }
    }

    /// <summary>The members that name where to send a request: <c>token_endpoint</c>, <c>revocation_endpoint</c>, … and <c>jwks_uri</c>.</summary>
    private static bool IsEndpoint(string name) =>
        name.EndsWith("_endpoint", StringComparison.Ordinal) || name == "jwks_uri";
}
