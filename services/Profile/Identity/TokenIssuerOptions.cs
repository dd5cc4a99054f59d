namespace Social.Profile.Identity;

/// <summary>How Profile issues tokens, bound from <c>Identity</c> (the issuer address is in <c>TokenValidationOptions</c>).</summary>
public sealed class TokenIssuerOptions
{
    public const string SectionName = "Identity";

    /// <summary>Where the signing and encryption keys are kept across restarts; defaults to <c>{Storage:DataDirectory}/keys</c>.</summary>
    public string? KeysDirectory { get; set; }

    /// <summary>
    /// Whether an instance that finds no key creates the first one. Right for one machine (instances sharing the data
    /// directory agree on the first key written); set it to <c>false</c> where keys are provisioned and mounted, so
    /// an instance missing its keys stops instead of signing with a key of its own.
    /// </summary>
    public bool CreateMissingKeys { get; set; } = true;

    /// <summary>
    /// Short on purpose: it bounds what an announced revocation cannot reach (a service instance that started after
    /// the announcement, a chain revoked by refresh-token reuse detection).
    /// </summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Internal callers (other services, other teams' backends): client id → client secret. Each may use the
    /// client-credentials grant for a token with the <c>social.internal</c> scope, which internal-only RPCs require.
    /// </summary>
    public Dictionary<string, string> InternalClients { get; set; } = [];

    /// <summary>
    /// Operators' clients: client id → client secret. Like internal callers, and may also take the
    /// <c>social.repair</c> scope that repairs (counter reconciliation) require.
    /// </summary>
    public Dictionary<string, string> OperatorClients { get; set; } = [];

    /// <summary>How often expired and revoked tokens and authorizations are deleted from the OAuth store.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);
}
