namespace Social.ServiceDefaults.Auth;

/// <summary>
/// This service's own identity when it calls another service's internal RPCs, bound from <c>Identity:Client</c>: a
/// confidential client registered at the issuer (<c>Identity:InternalClients</c> there).
/// </summary>
public sealed class InternalClientOptions
{
    public const string SectionName = "Identity:Client";

    public string? Id { get; set; }

    public string? Secret { get; set; }
}
