using System.Diagnostics;

namespace Social.Testing.Benchmarking;

/// <summary>Waits until a host answers 200 on <c>/health</c> (every readiness check passed: database migrated, broker connected).</summary>
public static class HealthProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static async Task WaitAsync(HttpClient client, string name, Uri baseAddress, ServiceProcess? process, CancellationToken cancellationToken)
    {
        var health = new Uri(baseAddress, "/health");
        var clock = Stopwatch.StartNew();
        var last = "no answer yet";
        while (clock.Elapsed < Timeout)
        {
            if (process is { HasExited: true })
            {
                throw new BenchmarkFailedException($"{name} exited during start-up. Its last output:{Environment.NewLine}{process.RecentOutput}");
            }

            try
            {
                using var response = await client.GetAsync(health, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    Console.WriteLine($"  {name} is healthy at {baseAddress} ({clock.Elapsed.TotalSeconds:0.0} s)");
                    return;
                }

                last = $"{(int)response.StatusCode} {response.ReasonPhrase}";
            }
            catch (HttpRequestException exception)
            {
                last = exception.Message;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                last = $"no answer within {client.Timeout.TotalSeconds:0} s";
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new BenchmarkFailedException(
            $"{name} was not healthy at {health} within {Timeout.TotalSeconds:0} s (last: {last}). Its last output:{Environment.NewLine}{process?.RecentOutput}");
    }
}
