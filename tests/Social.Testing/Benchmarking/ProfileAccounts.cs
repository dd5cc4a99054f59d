using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Social.Testing.Benchmarking;

/// <summary>Accounts at the Profile service through its public JSON API, as a client app makes them.</summary>
public static class ProfileAccounts
{
    public static async Task SignUpAsync(
        HttpClient client, Uri profileService, string handle, string password, string displayName, CancellationToken cancellationToken, bool announce = true)
    {
        using var response = await client.PostAsJsonAsync(
            new Uri(profileService, "/api/v1/accounts"),
            new { handle, password, displayName },
            cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new BenchmarkFailedException(
                $"Sign-up of '{handle}' answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        if (announce)
        {
            Console.WriteLine($"  signed up '{handle}' at the Profile service");
        }
    }

    /// <summary>Signs the account in (OAuth password grant of the app's public client) and returns its access token.</summary>
    public static async Task<string> SignInAsync(
        HttpClient client, Uri profileService, string handle, string password, CancellationToken cancellationToken, bool announce = true)
    {
        using var response = await client.PostAsync(
            new Uri(profileService, "/connect/token"),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = "social-app",
                ["username"] = handle,
                ["password"] = password,
            }),
            cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK || !body.TryGetProperty("access_token", out var token))
        {
            throw new BenchmarkFailedException($"Sign-in of '{handle}' answered {(int)response.StatusCode}: {body}");
        }

        if (announce)
        {
            Console.WriteLine($"  signed in '{handle}' (access token for every request)");
        }
        return token.GetString()!;
    }

    /// <summary>Asks Profile who a signed-in account is: its id is the token's subject.</summary>
    public static async Task<Guid> UserIdAsync(HttpClient client, Uri profileService, string handle, string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(profileService, "/api/v1/me"));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK || !body.TryGetProperty("userId", out var id) || !Guid.TryParse(id.GetString(), out var userId))
        {
            throw new BenchmarkFailedException($"GET /api/v1/me as '{handle}' answered {(int)response.StatusCode}: {body}");
        }

        return userId;
    }
}
