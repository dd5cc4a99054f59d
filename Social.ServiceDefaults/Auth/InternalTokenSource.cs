using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Social.ServiceDefaults.Auth;

/// <summary>
/// Client-credentials access tokens for this service's internal calls: one token at a time, requested from the issuer
/// (through <see cref="TokenValidationOptions.Authority"/>) and reused until shortly before it expires.
/// </summary>
public sealed class InternalTokenSource(
    IHttpClientFactory httpClients, IOptions<InternalClientOptions> client, IOptions<TokenValidationOptions> issuer, TimeProvider clock) : IDisposable
{
    /// <summary>The named HTTP client the token requests use.</summary>
    public const string HttpClientName = "Social.InternalToken";

    // Renewed this long before expiry, so a call never carries a token that expires in flight.
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _renewal = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? _current;

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current && clock.GetUtcNow() < current.RenewAt)
        {
            return current.Token;
        }

        await _renewal.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } renewed && clock.GetUtcNow() < renewed.RenewAt)
            {
                return renewed.Token;
            }

            var token = await RequestAsync(cancellationToken);
            _current = (token.AccessToken, clock.GetUtcNow() + TimeSpan.FromSeconds(token.ExpiresIn) - RenewBefore);
            return token.AccessToken;
        }
        finally
        {
            _renewal.Release();
        }
    }

    private async Task<TokenResponse> RequestAsync(CancellationToken cancellationToken)
    {
        var (id, secret) = (client.Value.Id, client.Value.Secret);
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(secret))
        {
            throw new InvalidOperationException(
                $"This service calls internal RPCs but has no client credentials: set {InternalClientOptions.SectionName}:Id and :Secret.");
        }

        using var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.PostAsync(
            new Uri(issuer.Value.Authority, "connect/token"),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = id,
                ["client_secret"] = secret,
                ["scope"] = SocialAuth.InternalScope,
            }),
            cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
            ?? throw new InvalidOperationException("The token endpoint answered without a body.");
    }

    public void Dispose() => _renewal.Dispose();

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
