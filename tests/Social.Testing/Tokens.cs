using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Social.Testing;

/// <summary>
/// Access tokens for the access matrix: well-formed ones signed with a given key (so that one property at a time can
/// be wrong: audience, issuer, expiry, key) and broken ones (tampered payload, <c>alg: none</c>).
/// </summary>
public static class Tokens
{
    public const string ApiAudience = "social-api";

    /// <summary>An RS256 access token shaped as the suite's issuer makes them.</summary>
    /// <param name="now">The issuer's clock (a service under test may run on a frozen one).</param>
    /// <param name="tokenId">The token's id (<c>oi_tkn_id</c>), by which a revocation names it.</param>
    public static string Mint(
        SecurityKey key, Uri issuer, string subject, string audience = ApiAudience, DateTime? expires = null, string? scope = null, DateTime? now = null,
        string? tokenId = null)
    {
        var at = now ?? DateTime.UtcNow;
        var expiry = expires ?? at.AddMinutes(15);
        var issuedAt = expiry < at ? expiry.AddMinutes(-15) : at;
        var claims = new Dictionary<string, object> { ["sub"] = subject };
        if (scope is not null)
        {
            claims["scope"] = scope;
        }

        if (tokenId is not null)
        {
            claims["oi_tkn_id"] = tokenId;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer.AbsoluteUri,
            Audience = audience,
            Claims = claims,
            Subject = new ClaimsIdentity(),
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = expiry,
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>The same token with one character of its subject changed: the signature no longer matches.</summary>
    public static string Tampered(string jwt)
    {
        var parts = jwt.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]));
        var forged = payload.Replace("\"sub\":\"", "\"sub\":\"0", StringComparison.Ordinal);
        return string.Join('.', parts[0], Base64UrlEncoder.Encode(forged), parts[2]);
    }

    /// <summary>The same claims with <c>alg: none</c> and no signature.</summary>
    public static string WithoutSignature(string jwt)
    {
        var parts = jwt.Split('.');
        return string.Join('.', Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"at+jwt\"}"), parts[1], string.Empty);
    }
}
