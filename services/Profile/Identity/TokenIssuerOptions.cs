namespace Social.Profile.Identity;

/// <summary>How Profile issues tokens, bound from <c>Identity</c>.</summary>
public sealed class TokenIssuerOptions
{
    public const string SectionName = "Identity";

    /// <summary>The issuer clients see: the gateway's public address (tokens are requested through it).</summary>
    public Uri Issuer { get; set; } = new("http://localhost:5080/");

    /// <summary>Where the signing and encryption keys are kept across restarts; defaults to <c>{Storage:DataDirectory}/keys</c>.</summary>
    public string? KeysDirectory { get; set; }

    /// <summary>Short on purpose: other services check signatures only, so a revoked session ends within this time.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);
}
