using System.Net.Http.Json;
using System.Text.Json;

namespace Social.Testing.Benchmarking;

/// <summary>A client-credentials token with the internal scope, which the services' internal RPCs require.</summary>
public static class InternalToken
{
    public static async Task<string> RequestAsync(Uri profileService, string clientId, string secret, CancellationToken cancellationToken)
    {
        using var issuer = new HttpClient { BaseAddress = profileService, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await InternalCaller.RequestTokenAsync(issuer, clientId, secret).WaitAsync(cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (!response.IsSuccessStatusCode || !body.TryGetProperty("access_token", out var token))
        {
            throw new BenchmarkFailedException($"The client-credentials grant for '{clientId}' answered {(int)response.StatusCode}: {body}");
        }

        Console.WriteLine($"  internal caller '{clientId}' holds a client-credentials token (scope social.internal)");
        return token.GetString()!;
    }
}
