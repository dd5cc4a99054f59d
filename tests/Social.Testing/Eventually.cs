using System.Diagnostics;

namespace Social.Testing;

/// <summary>Bounded waiting for what happens asynchronously (events crossing the broker).</summary>
public static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Waited {timeout} for {what}; last value: {value}.");
            }

            await Task.Delay(100);
        }
    }
}
