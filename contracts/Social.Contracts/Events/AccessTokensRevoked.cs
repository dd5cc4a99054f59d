namespace Social.Contracts.Events;

/// <summary>
/// Access tokens were revoked before they expired (sign-out, password change, account deletion). Published by Profile,
/// the issuer; every service that validates tokens refuses these ids until <see cref="ExpiresAt"/>, after which the
/// tokens are refused anyway and can be forgotten.
/// </summary>
public sealed record AccessTokensRevoked
{
    /// <summary>The token ids (the <c>oi_tkn_id</c> claim of each access token).</summary>
    public required IReadOnlyList<string> TokenIds { get; init; }

    /// <summary>The latest expiry among them.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }
}
