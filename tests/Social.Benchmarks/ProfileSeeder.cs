using System.Net;

namespace Social.Benchmarks;

/// <summary>Creates the one account whose profile every target reads, and checks each target serves it before any load.</summary>
internal static class ProfileSeeder
{
    public const string Handle = "bench_reader";
    private const string Password = "benchmark-password-1";

    public static Task SignUpAsync(HttpClient client, Uri profileService, CancellationToken cancellationToken) =>
        ProfileAccounts.SignUpAsync(client, profileService, Handle, Password, "Benchmark Reader", cancellationToken);

    /// <summary>Signs the reader in (OAuth password grant at the Profile service) and returns its access token.</summary>
    public static Task<string> SignInAsync(HttpClient client, Uri profileService, CancellationToken cancellationToken) =>
        ProfileAccounts.SignInAsync(client, profileService, Handle, Password, cancellationToken);

    /// <summary>
    /// The baseline must accept the token with its signature replaced: a baseline that still checked tokens would hide
    /// the very cost it is there to show (e.g. if the startup hook that switches validation off did not load).
    /// </summary>
    public static Task CheckValidationIsOffAsync(HttpClient client, Target baseline, string accessToken, CancellationToken cancellationToken)
    {
        var forged = accessToken[..(accessToken.LastIndexOf('.') + 1)] + "bm90LXRoZS1zaWduYXR1cmU";
        return CheckAsync(client, baseline with { Name = baseline.Name + " (forged signature)" }, forged, cancellationToken);
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

        Console.WriteLine($"  {target.Name,-11} GET {target.Url} -> 200 ({body.Length} bytes)");
    }
}
