using System.Security.Cryptography;
using Social.ServiceDefaults;
using Social.Testing;

namespace Social.EngagementBenchmarks;

/// <summary>
/// What the measurements need: a RabbitMQ node, Profile (the token issuer), Graph (who may see what), Engagement, the
/// gateway in front of them and a bare YARP route to Engagement beside it, on loopback ports with one fresh data
/// folder. Engagement can be stopped and started again on the same addresses and data, so its database can be seeded
/// in between. Disposing stops all of it, each step on its own, so one failure never leaves the rest running.
/// </summary>
internal sealed class EngagementSuite : IAsyncDisposable
{
    /// <summary>The internal caller the GetEngagement load acts as: a confidential client registered at Profile for this run.</summary>
    public const string InternalClientId = "bench";

    // The gateway resolves every service at start; the ones not under test point where nobody listens.
    private static readonly string[] OtherServices = [ResourceNames.Story, ResourceNames.Messaging];

    private readonly TemporaryDirectory _data = new();
    private readonly string _engagementAssembly;
    private readonly Dictionary<string, string> _secrets = new()
    {
        [InternalClientId] = NewSecret(),
        [ResourceNames.Graph] = NewSecret(),
        [ResourceNames.Engagement] = NewSecret(),
    };

    private RabbitMqNode? _broker;
    private ServiceProcess? _profile;
    private ServiceProcess? _graph;
    private ServiceProcess? _engagement;
    private ServiceProcess? _gateway;
    private BareProxy? _bare;

    private EngagementSuite(string engagementAssembly) => _engagementAssembly = engagementAssembly;

    public Uri ProfileAddress { get; } = ServiceEnvironment.NewLoopbackAddress();

    public Uri ProfileGrpcAddress { get; } = ServiceEnvironment.NewLoopbackAddress();

    public Uri GraphAddress { get; } = ServiceEnvironment.NewLoopbackAddress();

    public Uri GraphGrpcAddress { get; } = ServiceEnvironment.NewLoopbackAddress();

    public Uri EngagementAddress { get; } = ServiceEnvironment.NewLoopbackAddress();

    public Uri EngagementGrpcAddress { get; } = ServiceEnvironment.NewLoopbackAddress();

    public Uri GatewayAddress { get; } = ServiceEnvironment.NewLoopbackAddress();

    public Uri BareAddress => _bare?.Address ?? throw new InvalidOperationException("The bare proxy has not started.");

    public string InternalClientSecret => _secrets[InternalClientId];

    /// <summary>Engagement's SQLite file: <c>{Storage:DataDirectory}/engagement.db</c>.</summary>
    public string EngagementDatabase => Path.Combine(_data.Path, ResourceNames.Engagement + ".db");

    public static async Task<EngagementSuite> StartAsync(ServiceAssemblies assemblies, HttpClient probe, CancellationToken cancellationToken)
    {
        var suite = new EngagementSuite(assemblies.Engagement);
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

    /// <summary>Stops Engagement, so its database file can be written directly.</summary>
    public async Task StopEngagementAsync()
    {
        if (_engagement is not null)
        {
            await _engagement.DisposeAsync();
            _engagement = null;
        }
    }

    /// <summary>Starts Engagement again on the same addresses and data, and waits until it is healthy.</summary>
    public async Task StartEngagementAsync(HttpClient probe, CancellationToken cancellationToken)
    {
        if (_engagement is not null || _broker is null)
        {
            throw new InvalidOperationException("Engagement is still running, or the suite was not started.");
        }

        _engagement = ServiceProcess.Start("Engagement", _engagementAssembly, EngagementEnvironment(_broker));
        await HealthProbe.WaitAsync(probe, "Engagement", EngagementAddress, _engagement, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Console.WriteLine();
        Console.WriteLine("Stopping:");
        if (_bare is not null)
        {
            await _bare.DisposeAsync();
        }

        foreach (var process in new[] { _gateway, _engagement, _graph, _profile })
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
        _profile = ServiceProcess.Start("Profile", assemblies.Profile, ProfileEnvironment(_broker));
        await HealthProbe.WaitAsync(probe, "Profile", ProfileAddress, _profile, cancellationToken);
        // One after the other, so that no two services migrate the shared data folder at the same time.
        _graph = ServiceProcess.Start("Graph", assemblies.Graph, GraphEnvironment(_broker));
        await HealthProbe.WaitAsync(probe, "Graph", GraphAddress, _graph, cancellationToken);
        _engagement = ServiceProcess.Start("Engagement", _engagementAssembly, EngagementEnvironment(_broker));
        await HealthProbe.WaitAsync(probe, "Engagement", EngagementAddress, _engagement, cancellationToken);

        var gateway = ServiceEnvironment.Base();
        ServiceEnvironment.AddEndpoints(gateway, GatewayAddress, ServiceEnvironment.NewLoopbackAddress());
        AddService(gateway, ResourceNames.Profile, ProfileAddress, ProfileGrpcAddress);
        AddService(gateway, ResourceNames.Graph, GraphAddress, GraphGrpcAddress);
        AddService(gateway, ResourceNames.Engagement, EngagementAddress, EngagementGrpcAddress);
        var nobody = ServiceEnvironment.NewLoopbackAddress();
        foreach (var service in OtherServices)
        {
            AddService(gateway, service, nobody, nobody);
        }

        // The limiter stays in the path (its cost is part of what is measured) but with budgets no run can exhaust.
        gateway["RateLimits__PerIp__PermitLimit"] = "1000000000";
        gateway["RateLimits__PerUser__PermitLimit"] = "1000000000";
        _gateway = ServiceProcess.Start("gateway", assemblies.Gateway, gateway);
        await HealthProbe.WaitAsync(probe, "gateway", GatewayAddress, _gateway, cancellationToken);

        _bare = await BareProxy.StartAsync(EngagementAddress, cancellationToken);
        Console.WriteLine($"  started bare YARP proxy (in-process) at {_bare.Address} -> {EngagementAddress}");
        await HealthProbe.WaitAsync(probe, "bare YARP proxy", _bare.Address, null, cancellationToken);
    }

    private Dictionary<string, string?> ProfileEnvironment(RabbitMqNode broker)
    {
        var profile = Common(broker, ProfileAddress, ProfileGrpcAddress);
        foreach (var (client, secret) in _secrets)
        {
            profile[$"Identity__InternalClients__{client}"] = secret;
        }

        // Tokens outlive the run (seeding included), so no request is ever refused for an expired one.
        profile["Identity__AccessTokenLifetime"] = "02:00:00";
        AddService(profile, ResourceNames.Graph, GraphAddress, GraphGrpcAddress);
        return profile;
    }

    private Dictionary<string, string?> GraphEnvironment(RabbitMqNode broker)
    {
        var graph = Common(broker, GraphAddress, GraphGrpcAddress);
        AddCaller(graph, ResourceNames.Graph);
        return graph;
    }

    private Dictionary<string, string?> EngagementEnvironment(RabbitMqNode broker)
    {
        var engagement = Common(broker, EngagementAddress, EngagementGrpcAddress);
        AddCaller(engagement, ResourceNames.Engagement);
        AddService(engagement, ResourceNames.Graph, GraphAddress, GraphGrpcAddress);
        return engagement;
    }

    /// <summary>A service that calls Profile's and Graph's internal RPCs as the confidential client <paramref name="name"/>.</summary>
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
        // Every service validates tokens against Profile and asks it about accounts it has not heard of.
        AddService(environment, ResourceNames.Profile, ProfileAddress, ProfileGrpcAddress);
        return environment;
    }

    private static void AddService(Dictionary<string, string?> environment, string service, Uri http, Uri grpc)
    {
        environment[$"services__{service}__http__0"] = http.ToString();
        environment[$"services__{service}__{ResourceNames.GrpcEndpoint}__0"] = grpc.ToString();
    }

    /// <summary>A fresh secret per run, so that nothing depends on a value committed anywhere.</summary>
    private static string NewSecret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
}
