using System.Net;
using System.Net.Http.Json;

namespace Social.Benchmarks;

/// <summary>Creates the one account whose profile every target reads, and checks each target serves it before any load.</summary>
internal static class ProfileSeeder
{
    public const string Handle = "bench_reader";
    private const string Password = "benchmark-password-1";

    public static async Task SignUpAsync(HttpClient client, Uri profileService, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsJsonAsync(
            new Uri(profileService, "/api/v1/accounts"),
            new { handle = Handle, password = Password, displayName = "Benchmark Reader" },
            cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new BenchmarkFailedException(
                $"Sign-up of '{Handle}' answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        Console.WriteLine($"  signed up '{Handle}' at the Profile service");
    }

    /// <summary>Signs the reader in (OAuth password grant at the Profile service) and returns its access token.</summary>
    public static async Task<string> SignInAsync(HttpClient client, Uri profileService, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsync(
            new Uri(profileService, "/connect/token"),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = "social-app",
                ["username"] = Handle,
                ["password"] = Password,
            }),
            cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK || !body.TryGetProperty("access_token", out var token))
        {
            throw new BenchmarkFailedException($"Sign-in of '{Handle}' answered {(int)response.StatusCode}: {body}");
        }

        Console.WriteLine($"  signed in '{Handle}' (access token for every request)");
        return token.GetString()!;
    }

    /// <summary>A target that answered anything but 200 would be measured answering errors, which are cheaper than reads.</summary>
    public static async Task CheckAsync(HttpClient client, Target target, string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, target.Url);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK || !body.Contains(Handle, StringComparison.Ordinal))
        {
            throw new BenchmarkFailedException($"GET {target.Url} ({target.Name}) answered {(int)response.StatusCode}: {body}");
        }

        Console.WriteLine($"  {target.Name,-8} GET {target.Url} -> 200 ({body.Length} bytes)");
    }
}
