namespace Social.Testing.Benchmarking;

/// <summary>The RabbitMQ node a benchmark's services share: started and stopped with progress lines, never half-started.</summary>
public static class BenchmarkBroker
{
    public static async Task<RabbitMqNode> StartAsync(CancellationToken cancellationToken)
    {
        Console.WriteLine("  starting RabbitMQ (OS package) ...");
        // Not cancellable: an interrupted start would lose the handle to a half-started node. It has its own timeout.
        var broker = await RabbitMqNode.StartNewAsync(CancellationToken.None);
        Console.WriteLine($"  RabbitMQ is up on {broker.ConnectionString}");
        cancellationToken.ThrowIfCancellationRequested();
        return broker;
    }

    public static async Task StopAsync(RabbitMqNode broker)
    {
        try
        {
            await broker.DisposeAsync();
            Console.WriteLine("  stopped RabbitMQ");
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException or IOException)
        {
            // rabbitmqctl fails when the node already went down with the terminal's Ctrl+C; ChildProcessSweep makes sure.
            Console.Error.WriteLine($"  RabbitMQ did not stop cleanly: {exception.Message}");
        }
    }
}
