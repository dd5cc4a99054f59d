using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Social.GraphBenchmarks;

/// <summary>
/// The signed-in user every list request is made as, and the actor of every Check: a real account, signed up at
/// Profile, which Graph learns of through the AccountCreated event as it learns of anyone.
/// </summary>
internal sealed record ViewerAccount(Guid UserId, string AccessToken)
{
    public const string Handle = "bench_viewer";
    private const string Password = "benchmark-password-1";

    public static async Task<ViewerAccount> SignUpAsync(HttpClient client, Uri profileService, CancellationToken cancellationToken)
    {
        await ProfileAccounts.SignUpAsync(client, profileService, Handle, Password, "Benchmark Viewer", cancellationToken);
        var accessToken = await ProfileAccounts.SignInAsync(client, profileService, Handle, Password, cancellationToken);

        // The id is the token's subject; Profile says which it is.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(profileService, "/api/v1/me"));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK || !body.TryGetProperty("userId", out var id) || !Guid.TryParse(id.GetString(), out var userId))
        {
            throw new BenchmarkFailedException($"GET /api/v1/me as '{Handle}' answered {(int)response.StatusCode}: {body}");
        }

        Console.WriteLine($"  '{Handle}' is user {userId}");
        return new ViewerAccount(userId, accessToken);
    }
}
