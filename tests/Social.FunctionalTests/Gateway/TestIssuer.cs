using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;
using Social.ServiceDefaults.Auth;
using Social.Testing;

[assembly: AssemblyFixture(typeof(Social.FunctionalTests.Gateway.TestIssuer))]

namespace Social.FunctionalTests.Gateway;

/// <summary>
/// A stand-in for Profile as token issuer in the gateway's tests: it serves a discovery document and a key set on a
/// loopback port, and mints RS256 access tokens the way Profile does (or deliberately wrong ones).
/// </summary>
public sealed class TestIssuer : IAsyncLifetime
{
    public static readonly Uri Issuer = new("https://issuer.test/");

    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-signing-key" };
    private UpstreamStub? _server;

    /// <summary>The fixture of this run, set once it has started.</summary>
    public static TestIssuer Current { get; private set; } = null!;

    public Uri Authority => _server?.Address ?? throw new InvalidOperationException("The issuer has not started.");

    public async ValueTask InitializeAsync()
    {
        _server = await UpstreamStub.StartAsync(ServeAsync);
        Current = this;
    }

    /// <summary>An access token as Profile issues it: subject, audience <c>social-api</c>, 15 minutes.</summary>
    public string Mint(
        string subject, string audience = SocialAuth.ApiAudience, DateTime? expires = null, Uri? issuer = null, DateTime? now = null, string? tokenId = null) =>
        Tokens.Mint(_key, issuer ?? Issuer, subject, audience, expires, now: now, tokenId: tokenId);

    private async Task ServeAsync(HttpContext context)
    {
        object document = context.Request.Path.Value switch
        {
            "/.well-known/openid-configuration" => new Dictionary<string, object>
            {
                ["issuer"] = Issuer.AbsoluteUri,
                ["jwks_uri"] = new Uri(Issuer, ".well-known/jwks").AbsoluteUri,
            },
            "/.well-known/jwks" => new { keys = new[] { JsonWebKeyConverter.ConvertFromRSASecurityKey(PublicKey()) } },
            _ => null!,
        };
        if (document is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(document, document.GetType()), context.RequestAborted);
    }

    private RsaSecurityKey PublicKey() => new(_key.Rsa.ExportParameters(includePrivateParameters: false)) { KeyId = _key.KeyId };

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
