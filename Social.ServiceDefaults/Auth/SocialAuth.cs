namespace Social.ServiceDefaults.Auth;

/// <summary>OAuth names shared by the issuer (Profile) and every service that validates its access tokens.</summary>
public static class SocialAuth
{
    /// <summary>The audience of every access token: the Social API as a whole.</summary>
    public const string ApiAudience = "social-api";

    /// <summary>The public client of the first-party apps (no secret).</summary>
    public const string AppClientId = "social-app";
}
