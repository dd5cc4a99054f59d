using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Social.Testing;

/// <summary>
/// A real Redis server from the OS package (<c>redis-server</c>), started as a plain process for a test: loopback only,
/// on a free port, nothing persisted. It can be stopped mid-test (an outage) and is stopped by its process id when
/// disposed.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private const string ServerCommand = "redis-server";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "social-redis-" + Guid.NewGuid().ToString("N")[..12]);
    private Process? _server;

    private RedisServer() => Port = FreePorts.Next();

    public int Port { get; }

    /// <summary>The StackExchange.Redis connection string (what the <c>redis</c> connection string of the gateway holds).</summary>
    public string ConnectionString => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public static async Task<RedisServer> StartNewAsync(CancellationToken cancellationToken = default)
    {
        var server = new RedisServer();
        Directory.CreateDirectory(server._directory);
        await server.StartAsync(cancellationToken);
        return server;
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(ServerCommand)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory,
        };
        foreach (var argument in new[]
        {
            "--bind", "127.0.0.1", "--port", Port.ToString(CultureInfo.InvariantCulture), "--protected-mode", "yes",
            "--save", string.Empty, "--appendonly", "no", "--dir", _directory, "--loglevel", "warning",
        })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            _server = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("Redis is not installed: run 'apt-get install -y redis-server' (eng/ensure-redis.sh does).", exception);
        }

        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        await WaitUntilReadyAsync(TimeSpan.FromSeconds(30), cancellationToken);
    }

    /// <summary>Stops the server (SIGTERM to its process) and waits until it has exited: an outage from here on.</summary>
    public async Task StopAsync()
    {
        if (_server is null)
        {
            return;
        }

        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _server.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
        {
            if (kill is not null)
            {
                await kill.WaitForExitAsync();
            }
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _server.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _server.Kill(entireProcessTree: true);
        }

        _server.Dispose();
        _server = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the next server uses a new folder.
        }
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_server is { HasExited: true })
            {
                throw new InvalidOperationException($"redis-server exited with code {_server.ExitCode}.");
            }

            if (await AnswersPingAsync(cancellationToken))
            {
                return;
            }

            await Task.Delay(50, cancellationToken);
        }

        throw new TimeoutException($"Redis did not answer on port {Port} within {timeout}.");
    }

    private async Task<bool> AnswersPingAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, cancellationToken);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or IOException)
        {
            return false;
        }
    }
}
