using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Social.ServiceDefaults.Auth;

/// <summary>
/// Client-credentials access tokens for this service's internal calls: one token at a time, requested from the issuer
/// (through <see cref="TokenValidationOptions.Authority"/>) and reused until shortly before it expires.
/// <para>
/// One request renews the token for every caller that needs it meanwhile, and its outcome, token or failure, is theirs
/// too: a failing issuer costs one request per renewal, not one per waiting caller in turn. The request belongs to the
/// source, not to a caller: a caller that gives up stops waiting without failing it for the others, and disposing the
/// source (its host is stopping) ends it and every wait on it at once.
/// </para>
/// </summary>
public sealed class InternalTokenSource(
    IHttpClientFactory httpClients, IOptions<InternalClientOptions> client, IOptions<TokenValidationOptions> issuer, TimeProvider clock) : IDisposable
{
    /// <summary>The named HTTP client the token requests use.</summary>
    public const string HttpClientName = "Social.InternalToken";

    // Renewed this long before expiry, so a call never carries a token that expires in flight.
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _disposed = new();
    private (string Token, DateTimeOffset RenewAt)? _current;
    private Task<string>? _renewal;
    private bool _isDisposed;

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        Task<string> renewal;
        lock (_gate)
        {
            if (_current is { } current && clock.GetUtcNow() < current.RenewAt)
            {
                return current.Token;
            }

            ObjectDisposedException.ThrowIf(_isDisposed, this);
            renewal = _renewal ??= RenewAsync(_disposed.Token);
        }

        return await renewal.WaitAsync(cancellationToken);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_isDisposed)
            {
                return;
            }

            _isDisposed = true;
        }

        _disposed.Cancel();
        _disposed.Dispose();
    }

    private async Task<string> RenewAsync(CancellationToken disposed)
    {
        // Off the caller's stack: the lock is held while this starts.
        await Task.Yield();
        try
        {
            var token = await RequestAsync(disposed);
            lock (_gate)
            {
                _current = (token.AccessToken, clock.GetUtcNow() + TimeSpan.FromSeconds(token.ExpiresIn) - RenewBefore);
            }

            return token.AccessToken;
        }
        finally
        {
            lock (_gate)
            {
                _renewal = null;
            }
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

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
