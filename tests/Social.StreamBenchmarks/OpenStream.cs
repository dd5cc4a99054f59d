using System.Net.Http.Headers;
using System.Text.Json;

namespace Social.StreamBenchmarks;

/// <summary>One user's stream through the gateway, read line by line; every message from someone else is a delivery.</summary>
internal static class OpenStream
{
    /// <summary>Opens the stream and returns once its headers arrived; the reading goes on in the returned task.</summary>
    public static async Task<Task> StartAsync(HttpClient client, StreamUser user, Deliveries deliveries, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stream");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new BenchmarkFailedException($"Opening the stream of '{user.Handle}' answered {(int)response.StatusCode}.");
        }

        return ReadAsync(response, user, deliveries, cancellationToken);
    }

    private static async Task ReadAsync(HttpResponseMessage response, StreamUser user, Deliveries deliveries, CancellationToken cancellationToken)
    {
        using (response)
        {
            try
            {
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
                var type = string.Empty;
                while (await reader.ReadLineAsync(cancellationToken) is { } line)
                {
                    if (line.StartsWith("event: ", StringComparison.Ordinal))
                    {
                        type = line[7..];
                    }
                    else if (type == "message" && line.StartsWith("data: ", StringComparison.Ordinal))
                    {
                        using var data = JsonDocument.Parse(line[6..]);
                        if (data.RootElement.GetProperty("senderId").GetString() != user.UserId.ToString())
                        {
                            deliveries.Received(data.RootElement.GetProperty("text").GetString()!);
                        }
                    }
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or HttpRequestException)
            {
                // The run is over (or the stream was cut): what arrived is counted.
            }
        }
    }
}
