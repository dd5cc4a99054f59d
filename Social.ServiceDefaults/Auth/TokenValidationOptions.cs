namespace Social.ServiceDefaults.Auth;

/// <summary>Where access tokens come from, bound from <c>Identity</c>: shared by the issuer and every validator.</summary>
public sealed class TokenValidationOptions
{
    public const string SectionName = "Identity";

    /// <summary>The issuer clients see (the gateway's public address); tokens naming any other issuer are refused.</summary>
    public Uri Issuer { get; set; } = new("http://localhost:5080/");

    /// <summary>
    /// Where validators reach the issuer from inside the suite: Profile, by its service-discovery name. The discovery
    /// document and the signing keys are fetched here, whatever public address the document itself names.
    /// </summary>
    public Uri Authority { get; set; } = new($"http://{ResourceNames.Profile}/");
}
