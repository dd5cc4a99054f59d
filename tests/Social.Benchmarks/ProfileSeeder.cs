using System.Net;
using System.Net.Http.Json;

namespace Social.Benchmarks;

/// <summary>Creates the one account whose profile every target reads, and checks each target serves it before any load.</summary>
internal static class ProfileSeeder
{
    public const string Handle = "bench_reader";

    public static async Task SignUpAsync(HttpClient client, Uri profileService, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsJsonAsync(
            new Uri(profileService, "/api/v1/accounts"),
            new { handle = Handle, password = "benchmark-password-1", displayName = "Benchmark Reader" },
            cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new BenchmarkFailedException(
                $"Sign-up of '{Handle}' answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        Console.WriteLine($"  signed up '{Handle}' at the Profile service");
    }

    /// <summary>A target that answered anything but 200 would be measured answering errors, which are cheaper than reads.</summary>
    public static async Task CheckAsync(HttpClient client, Target target, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(target.Url, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK || !body.Contains(Handle, StringComparison.Ordinal))
        {
            throw new BenchmarkFailedException($"GET {target.Url} ({target.Name}) answered {(int)response.StatusCode}: {body}");
        }

        Console.WriteLine($"  {target.Name,-8} GET {target.Url} -> 200 ({body.Length} bytes)");
    }
}
