using StackExchange.Redis;

namespace Social.Gateway.RateLimiting.Shared;

/// <summary>
/// The Redis server that gateway replicas count their limits in (connection string <c>redis</c>). Never in a request's
/// way: while it is unreachable <see cref="Database"/> is null and callers count per instance instead; the first
/// failure of an outage is logged once, and its end once, while every fallback is counted in
/// <c>social.gateway.rate_limit.store_fallbacks</c>.
/// </summary>
internal sealed class SharedCounterStore(string connectionString, ILogger<SharedCounterStore> logger) : IHostedService, IAsyncDisposable
{
    /// <summary>
    /// Short timeouts, so that a dead or stalled server costs a request at most half a second once, not the client's
    /// default five; the connection string may override them. No abort on a failed connect: the multiplexer keeps
    /// reconnecting in the background. Fail fast while disconnected rather than queue commands for later.
    /// </summary>
    private const string Defaults = "connectTimeout=1000,asyncTimeout=500,syncTimeout=500,abortConnect=false";

    private ConnectionMultiplexer? _connection;
    private int _unavailable;

    /// <summary>The database while the server is connected; null while it is not (count per instance then).</summary>
    public IDatabase? Database => _connection is { IsConnected: true } connection ? connection.GetDatabase() : null;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = ConfigurationOptions.Parse($"{Defaults},{connectionString}");
        options.BacklogPolicy = BacklogPolicy.FailFast;
        // Waits at most the connect timeout: a gateway whose Redis is down starts all the same, counting per instance.
        _connection = await ConnectionMultiplexer.ConnectAsync(options);
        if (!_connection.IsConnected)
        {
            Failed("connect", exception: null);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Counts a fallback to per-instance counting; logs the first of an outage.</summary>
    public void Failed(string operation, Exception? exception)
    {
        GatewayMetrics.CountSharedCounterFallback(operation);
        if (Interlocked.Exchange(ref _unavailable, 1) == 0)
        {
            GatewayLog.SharedCountersUnavailable(logger, operation, exception);
        }
    }

    /// <summary>Notes a call that reached the server; logs the end of an outage.</summary>
    public void Succeeded()
    {
        if (Volatile.Read(ref _unavailable) == 1 && Interlocked.Exchange(ref _unavailable, 0) == 1)
        {
            GatewayLog.SharedCountersRestored(logger);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
