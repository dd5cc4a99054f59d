namespace Social.ServiceDefaults.Auth;

/// <summary>OAuth names shared by the issuer (Profile) and every service that validates its access tokens.</summary>
public static class SocialAuth
{
    /// <summary>The audience of every access token: the Social API as a whole.</summary>
    public const string ApiAudience = "social-api";

    /// <summary>The public client of the first-party apps (no secret).</summary>
    public const string AppClientId = "social-app";

    /// <summary>
    /// The scope of internal callers: other services, authenticated with their own client id and secret
    /// (client-credentials grant). Users can never be granted it.
    /// </summary>
    public const string InternalScope = "social.internal";

    /// <summary>The authorization policy of RPCs that only internal callers may use.</summary>
    public const string InternalPolicy = "internal";

    /// <summary>
    /// The scope of operators' clients, on top of <see cref="InternalScope"/>: repairs that rewrite stored state for
    /// everyone (reconciling counters). The services' own clients read and send with the internal scope and cannot
    /// take this one, so a compromised service cannot order a repair.
    /// </summary>
    public const string RepairScope = "social.repair";

    /// <summary>The authorization policy of operations RPCs (<see cref="RepairScope"/>).</summary>
    public const string RepairPolicy = "repair";
}
