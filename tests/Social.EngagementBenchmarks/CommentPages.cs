using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Social.EngagementBenchmarks;

/// <summary>
/// URLs of an item's top-level comment pages, through the gateway. The deep page is reached as a client reaches it,
/// by following nextCursor from the first page, and every page on the way is checked to be full.
/// </summary>
internal static class CommentPages
{
    /// <summary>Page size: the API's default.</summary>
    public const int Limit = 20;

    public const int DeepPage = 50;

    public static Uri First(Uri gateway, Guid item) =>
        new(gateway, $"/api/v1/content/{item}/comments?limit={Limit.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>Follows nextCursor from the first page to page <paramref name="number"/> (1: the first); returns that page's URL.</summary>
    public static async Task<Uri> WalkAsync(
        HttpClient client, Uri gateway, Guid item, string label, int number, string accessToken, CancellationToken cancellationToken)
    {
        var url = First(gateway, item);
        for (var page = 1; page < number; page++)
        {
            var body = await ReadAsync(client, url, accessToken, cancellationToken);
            if (!body.TryGetProperty("nextCursor", out var cursor) || cursor.GetString() is not { Length: > 0 } next)
            {
                throw new BenchmarkFailedException($"Page {page} of the {label} item's comments has no next page; page {number} was expected.");
            }

            url = new Uri(First(gateway, item) + "&cursor=" + Uri.EscapeDataString(next));
        }

        var last = await ReadAsync(client, url, accessToken, cancellationToken);
        var newest = last.GetProperty("items")[0];
        Console.WriteLine(
            $"  {label,-8} comments page {number} (limit {Limit}): {(number == 1 ? "first" : $"reached through {number - 1} cursors")}, "
            + $"newest \"{newest.GetProperty("text").GetString()}\" by {newest.GetProperty("author").GetProperty("handle").GetString()}");
        return url;
    }

    private static async Task<JsonElement> ReadAsync(HttpClient client, Uri url, string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        // A short page or an error would be measured as cheaper than the page asked about.
        if (response.StatusCode != HttpStatusCode.OK || !body.TryGetProperty("items", out var items) || items.GetArrayLength() != Limit)
        {
            throw new BenchmarkFailedException($"GET {url} answered {(int)response.StatusCode}, not a full page of {Limit}: {body}");
        }

        return body;
    }
}
