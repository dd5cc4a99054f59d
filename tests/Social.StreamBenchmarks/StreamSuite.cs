using System.Security.Cryptography;
using Social.ServiceDefaults;
using Social.Testing;

namespace Social.StreamBenchmarks;

/// <summary>
/// What the measurement needs: a RabbitMQ node, Profile (the token issuer), Graph (who may message whom), Messaging
/// and the gateway in front of them, on loopback ports with one fresh data folder. Disposing stops all of it, each step
/// on its own, so one failure never leaves the rest running.
/// </summary>
internal sealed class StreamSuite : IAsyncDisposable
{
    private static readonly string[] OtherServices = [ResourceNames.Engagement, ResourceNames.Story];

    private readonly TemporaryDirectory _data = new();
    private readonly Dictionary<string, string> _secrets = new()
    {
        [ResourceNames.Graph] = NewSecret(),
        [ResourceNames.Messaging] = NewSecret(),
    };

    private RabbitMqNode? _broker;
    private ServiceProcess? _profile;
    private ServiceProcess? _graph;
    private ServiceProcess? _messaging;
    private ServiceProcess? _gateway;

    public Uri ProfileAddress { get; } = ServiceEnvironment.NewLoopbackAddress();

    public Uri ProfileGrpcAddress { get; } = ServiceEnvironment.NewLoopbackAddress();

    public Uri GraphAddress { get; } = ServiceEnvironment.NewLoopbackAddress();

    public Uri GraphGrpcAddress { get; } = ServiceEnvironment.NewLoopbackAddress();

    public Uri MessagingAddress { get; } = ServiceEnvironment.NewLoopbackAddress();

    public Uri MessagingGrpcAddress { get; } = ServiceEnvironment.NewLoopbackAddress();

    public Uri GatewayAddress { get; } = ServiceEnvironment.NewLoopbackAddress();

    /// <summary>The run's broker, for a benchmark that publishes events to the services itself.</summary>
    public string BrokerConnectionString => _broker?.ConnectionString ?? throw new InvalidOperationException("The broker has not started.");

    /// <summary>The run's processes (this one included), whose processor time the run reads.</summary>
    public IReadOnlyList<(string Name, int Id)> Processes =>
    [
        ("benchmark", Environment.ProcessId),
        ("gateway", _gateway!.Id),
        ("messaging", MessagingProcessId),
        ("graph", _graph!.Id),
        ("profile", _profile!.Id),
    ];

    /// <summary>The Messaging process, whose memory the run reads.</summary>
    public int MessagingProcessId => _messaging?.Id ?? throw new InvalidOperationException("Messaging has not started.");

    public static async Task<StreamSuite> StartAsync(ServiceAssemblies assemblies, HttpClient probe, CancellationToken cancellationToken)
    {
        var suite = new StreamSuite();
        try
        {
            await suite.StartPartsAsync(assemblies, probe, cancellationToken);
            return suite;
        }
        catch
        {
            await suite.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Console.WriteLine();
        Console.WriteLine("Stopping:");
        foreach (var process in new[] { _gateway, _messaging, _graph, _profile })
        {
            if (process is not null)
            {
                await process.DisposeAsync();
            }
        }

        if (_broker is not null)
        {
            await BenchmarkBroker.StopAsync(_broker);
        }

        ChildProcessSweep.KillRemainingChildren();
        _data.Dispose();
    }

    private async Task StartPartsAsync(ServiceAssemblies assemblies, HttpClient probe, CancellationToken cancellationToken)
    {
        _broker = await BenchmarkBroker.StartAsync(cancellationToken);
        var profile = Common(_broker, ProfileAddress, ProfileGrpcAddress);
        foreach (var (client, secret) in _secrets)
        {
            profile[$"Identity__InternalClients__{client}"] = secret;
        }

        profile["Identity__AccessTokenLifetime"] = "02:00:00";
        // Thousands of accounts are signed up before the run: the hashing strength is a deployment setting, not what is measured.
        profile["PasswordHashing__IterationCount"] = "1000";
        AddService(profile, ResourceNames.Graph, GraphAddress, GraphGrpcAddress);
        _profile = ServiceProcess.Start("Profile", assemblies.Profile, profile);
        await HealthProbe.WaitAsync(probe, "Profile", ProfileAddress, _profile, cancellationToken);

        var graph = Common(_broker, GraphAddress, GraphGrpcAddress);
        AddCaller(graph, ResourceNames.Graph);
        _graph = ServiceProcess.Start("Graph", assemblies.Graph, graph);
        await HealthProbe.WaitAsync(probe, "Graph", GraphAddress, _graph, cancellationToken);

        var messaging = Common(_broker, MessagingAddress, MessagingGrpcAddress);
        AddCaller(messaging, ResourceNames.Messaging);
        AddService(messaging, ResourceNames.Graph, GraphAddress, GraphGrpcAddress);
        _messaging = ServiceProcess.Start("Messaging", assemblies.Messaging, messaging);
        await HealthProbe.WaitAsync(probe, "Messaging", MessagingAddress, _messaging, cancellationToken);

        var gateway = ServiceEnvironment.Base();
        ServiceEnvironment.AddEndpoints(gateway, GatewayAddress, ServiceEnvironment.NewLoopbackAddress());
        AddService(gateway, ResourceNames.Profile, ProfileAddress, ProfileGrpcAddress);
        AddService(gateway, ResourceNames.Graph, GraphAddress, GraphGrpcAddress);
        AddService(gateway, ResourceNames.Messaging, MessagingAddress, MessagingGrpcAddress);
        var nobody = ServiceEnvironment.NewLoopbackAddress();
        foreach (var service in OtherServices)
        {
            AddService(gateway, service, nobody, nobody);
        }

        // The limiter stays in the path (its cost is part of what is measured) but with budgets no run can exhaust;
        // every stream comes from this one address.
        gateway["RateLimits__PerIp__PermitLimit"] = "1000000000";
        gateway["RateLimits__PerUser__PermitLimit"] = "1000000000";
        gateway["RateLimits__OpenStreamsPerIp"] = "1000000";
        _gateway = ServiceProcess.Start("gateway", assemblies.Gateway, gateway);
        await HealthProbe.WaitAsync(probe, "gateway", GatewayAddress, _gateway, cancellationToken);
    }

    private void AddCaller(Dictionary<string, string?> environment, string name)
    {
        environment["Identity__Client__Id"] = name;
        environment["Identity__Client__Secret"] = _secrets[name];
    }

    private Dictionary<string, string?> Common(RabbitMqNode broker, Uri http, Uri grpc)
    {
        var environment = ServiceEnvironment.Base();
        ServiceEnvironment.AddEndpoints(environment, http, grpc);
        environment[$"ConnectionStrings__{ResourceNames.Broker}"] = broker.ConnectionString;
        environment["Storage__DataDirectory"] = _data.Path;
        AddService(environment, ResourceNames.Profile, ProfileAddress, ProfileGrpcAddress);
        return environment;
    }

    private static void AddService(Dictionary<string, string?> environment, string service, Uri http, Uri grpc)
    {
        environment[$"services__{service}__http__0"] = http.ToString();
        environment[$"services__{service}__{ResourceNames.GrpcEndpoint}__0"] = grpc.ToString();
    }

    private static string NewSecret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
}
