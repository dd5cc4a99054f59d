using System.Diagnostics;
using System.Net.Sockets;
using RabbitMQ.Client;

namespace Social.Testing;

/// <summary>
/// A real RabbitMQ node from the OS package, started as a plain process for a test run: loopback only, on free ports,
/// with its own Erlang port mapper and data under a temporary folder. It can be stopped and restarted with its data
/// (to test broker outages) and is ended, with its port mapper, when disposed.
/// </summary>
public sealed class RabbitMqNode : IAsyncDisposable
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private const string ControlScript = "/usr/lib/rabbitmq/bin/rabbitmqctl";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "social-rabbitmq-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly int _distPort = FreePorts.Next();
    private readonly int _epmdPort = FreePorts.Next();
    private Process? _server;

    private RabbitMqNode()
    {
        Port = FreePorts.Next();
        NodeName = $"social-test-{Port}@localhost";
    }

    public int Port { get; }

    public string NodeName { get; }

    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{Port}";

    public static async Task<RabbitMqNode> StartNewAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(ServerScript))
        {
            throw new InvalidOperationException(
                $"RabbitMQ is not installed ({ServerScript} is missing): run 'apt-get install -y rabbitmq-server' (the CI script does).");
        }

        var node = new RabbitMqNode();
        Directory.CreateDirectory(node._root);
        await File.WriteAllTextAsync(Path.Combine(node._root, "enabled_plugins"), "[].", cancellationToken);
        await node.StartAsync(cancellationToken);
        return node;
    }

    /// <summary>Starts the node (again) and waits until it accepts AMQP connections.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(ServerScript)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _root,
        };
        foreach (var (name, value) in Environment())
        {
            start.Environment[name] = value;
        }

        _server = Process.Start(start) ?? throw new InvalidOperationException("rabbitmq-server did not start.");
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        await WaitUntilReadyAsync(TimeSpan.FromSeconds(90), cancellationToken);
    }

    /// <summary>Stops the node gracefully; its queues and messages stay on disk for the next start.</summary>
    public async Task StopAsync()
    {
        if (_server is null)
        {
            return;
        }

        await RunAsync(ControlScript, ["-n", NodeName, "stop"], TimeSpan.FromSeconds(60));
        if (!_server.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            _server.Kill(entireProcessTree: true);
        }

        _server.Dispose();
        _server = null;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            await RunAsync("epmd", ["-port", _epmdPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "-kill"], TimeSpan.FromSeconds(10));
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: the temp folder is recreated with a new name next time.
            }
        }
    }

    /// <summary>
    /// A virtual host of its own for one group of tests: queues and exchanges of different groups never meet.
    /// Returns its connection string.
    /// </summary>
    public async Task<string> CreateVirtualHostAsync(string name)
    {
        await RunAsync(ControlScript, ["-n", NodeName, "add_vhost", name], TimeSpan.FromSeconds(60));
        await RunAsync(ControlScript, ["-n", NodeName, "set_permissions", "-p", name, "guest", ".*", ".*", ".*"], TimeSpan.FromSeconds(60));
        return $"{ConnectionString}/{Uri.EscapeDataString(name)}";
    }

    /// <summary>Messages waiting in <paramref name="queue"/> (e.g. an error queue), or null when the queue does not exist.</summary>
    public static async Task<uint?> CountMessagesAsync(string connectionString, string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            var declared = await channel.QueueDeclarePassiveAsync(queue);
            return declared.MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return null;
        }
    }

    private IEnumerable<(string Name, string Value)> Environment()
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        yield return ("RABBITMQ_NODENAME", NodeName);
        yield return ("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1");
        yield return ("RABBITMQ_NODE_PORT", Port.ToString(invariant));
        yield return ("RABBITMQ_DIST_PORT", _distPort.ToString(invariant));
        yield return ("RABBITMQ_MNESIA_BASE", Path.Combine(_root, "mnesia"));
        yield return ("RABBITMQ_LOG_BASE", Path.Combine(_root, "log"));
        yield return ("RABBITMQ_ENABLED_PLUGINS_FILE", Path.Combine(_root, "enabled_plugins"));
        yield return ("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "-kernel inet_dist_use_interface {127,0,0,1}");
        yield return ("ERL_EPMD_ADDRESS", "127.0.0.1");
        yield return ("ERL_EPMD_PORT", _epmdPort.ToString(invariant));
        yield return ("ERL_EPMD_RELAXED_COMMAND_CHECK", "1");
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_server is { HasExited: true })
            {
                throw new InvalidOperationException($"rabbitmq-server exited with code {_server.ExitCode}; see {_root}/log.");
            }

            try
            {
                var factory = new ConnectionFactory { Uri = new Uri(ConnectionString) };
                await using var connection = await factory.CreateConnectionAsync(cancellationToken);
                return;
            }
            catch (Exception exception) when (exception is RabbitMQ.Client.Exceptions.BrokerUnreachableException or SocketException or IOException)
            {
                await Task.Delay(250, cancellationToken);
            }
        }

        throw new TimeoutException($"RabbitMQ did not accept connections on port {Port} within {timeout}.");
    }

    private async Task RunAsync(string fileName, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in Environment())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"{fileName} did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();

        using var timeoutSource = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        if (process.ExitCode != 0 && fileName == ControlScript)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed: {await errors}");
        }
    }
}
