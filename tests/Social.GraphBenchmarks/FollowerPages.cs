using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Social.GraphBenchmarks;

/// <summary>
/// URLs of follower-list pages at Graph's JSON endpoint. A deep page is reached as a client reaches it, by following
/// nextCursor from the first page, and every page on the way is checked to be full.
/// </summary>
internal static class FollowerPages
{
    /// <summary>The first page's size: the API's default.</summary>
    public const int FirstLimit = 20;

    /// <summary>
    /// The deep page and its size. The ordinary user's 100 followers make only 5 pages of 20, so both users' 50th page
    /// is read 2 at a time: then it exists for both and the comparison holds the same work.
    /// </summary>
    public const int DeepPage = 50;

    public const int DeepLimit = 2;

    public static Uri First(Uri graph, Guid user, int limit) =>
        new(graph, $"/api/v1/users/{user}/followers?limit={limit.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>Reads the first page and checks it is full; returns its URL.</summary>
    public static async Task<Uri> FirstAsync(HttpClient client, Uri graph, Guid user, string label, string accessToken, CancellationToken cancellationToken)
    {
        var url = First(graph, user, FirstLimit);
        var page = await ReadAsync(client, url, FirstLimit, accessToken, cancellationToken);
        Console.WriteLine($"  {label,-20} page 1 (limit {FirstLimit}): {FirstLimit} followers, newest {Newest(page)}");
        return url;
    }

    /// <summary>Follows nextCursor from the first page to page <paramref name="number"/>; returns that page's URL.</summary>
    public static async Task<Uri> WalkAsync(
        HttpClient client, Uri graph, Guid user, string label, int number, int limit, string accessToken, CancellationToken cancellationToken)
    {
        var url = First(graph, user, limit);
        for (var page = 1; page < number; page++)
        {
            var body = await ReadAsync(client, url, limit, accessToken, cancellationToken);
            if (!body.TryGetProperty("nextCursor", out var cursor) || cursor.GetString() is not { Length: > 0 } next)
            {
                throw new BenchmarkFailedException($"Page {page} of {label}'s followers (limit {limit}) has no next page; page {number} was expected.");
            }

            url = new Uri(First(graph, user, limit) + "&cursor=" + Uri.EscapeDataString(next));
        }

        var last = await ReadAsync(client, url, limit, accessToken, cancellationToken);
        Console.WriteLine($"  {label,-20} page {number} (limit {limit}): reached through {number - 1} cursors, newest {Newest(last)}");
        return url;
    }

    private static async Task<JsonElement> ReadAsync(HttpClient client, Uri url, int limit, string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        // A short page or an error would be measured as cheaper than the page asked about.
        if (response.StatusCode != HttpStatusCode.OK || !body.TryGetProperty("items", out var items) || items.GetArrayLength() != limit)
        {
            throw new BenchmarkFailedException($"GET {url} answered {(int)response.StatusCode}, not a full page of {limit}: {body}");
        }

        return body;
    }

    private static string Newest(JsonElement page) => page.GetProperty("items")[0].GetProperty("handle").GetString() ?? "?";
}
