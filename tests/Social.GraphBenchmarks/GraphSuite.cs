using System.Security.Cryptography;
using Social.ServiceDefaults;
using Social.Testing;

namespace Social.GraphBenchmarks;

/// <summary>
/// What the measurements need: a RabbitMQ node, Profile (the token issuer, and where the viewer signs up) and Graph,
/// on loopback ports with one fresh data folder (profile.db, graph.db). Graph can be stopped and started again on the
/// same addresses and data, so its database can be seeded in between. Disposing stops all of it, each step on its
/// own, so one failure never leaves the rest running.
/// </summary>
internal sealed class GraphSuite : IAsyncDisposable
{
    /// <summary>The internal caller the Check load acts as: a confidential client registered at Profile for this run.</summary>
    public const string InternalClientId = "bench";

    private readonly TemporaryDirectory _data = new();
    private readonly string _graphAssembly;
    private RabbitMqNode? _broker;
    private ServiceProcess? _profile;
    private ServiceProcess? _graph;

    private GraphSuite(string graphAssembly) => _graphAssembly = graphAssembly;

    public Uri ProfileAddress { get; } = ServiceEnvironment.NewLoopbackAddress();

    public Uri ProfileGrpcAddress { get; } = ServiceEnvironment.NewLoopbackAddress();

    public Uri GraphAddress { get; } = ServiceEnvironment.NewLoopbackAddress();

    public Uri GraphGrpcAddress { get; } = ServiceEnvironment.NewLoopbackAddress();

    /// <summary>A fresh secret per run, so that nothing depends on a value committed anywhere.</summary>
    public string InternalClientSecret { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    /// <summary>Graph's SQLite file: <c>{Storage:DataDirectory}/graph.db</c>.</summary>
    public string GraphDatabase => Path.Combine(_data.Path, ResourceNames.Graph + ".db");

    public static async Task<GraphSuite> StartAsync(string profileAssembly, string graphAssembly, HttpClient probe, CancellationToken cancellationToken)
    {
        var suite = new GraphSuite(graphAssembly);
        try
        {
            suite._broker = await BenchmarkBroker.StartAsync(cancellationToken);
            suite._profile = ServiceProcess.Start("Profile", profileAssembly, suite.ProfileEnvironment(suite._broker));
            // Graph's first start on the empty folder migrates its schema and declares its queues, so the viewer's
            // AccountCreated event reaches it.
            suite._graph = ServiceProcess.Start("Graph", graphAssembly, suite.GraphEnvironment(suite._broker));
            await HealthProbe.WaitAsync(probe, "Profile", suite.ProfileAddress, suite._profile, cancellationToken);
            await HealthProbe.WaitAsync(probe, "Graph", suite.GraphAddress, suite._graph, cancellationToken);
            return suite;
        }
        catch
        {
            await suite.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops Graph, so its database file can be written directly.</summary>
    public async Task StopGraphAsync()
    {
        if (_graph is not null)
        {
            await _graph.DisposeAsync();
            _graph = null;
        }
    }

    /// <summary>Starts Graph again on the same addresses and data, and waits until it is healthy.</summary>
    public async Task StartGraphAsync(HttpClient probe, CancellationToken cancellationToken)
    {
        if (_graph is not null || _broker is null)
        {
            throw new InvalidOperationException("Graph is still running, or the suite was not started.");
        }

        _graph = ServiceProcess.Start("Graph", _graphAssembly, GraphEnvironment(_broker));
        await HealthProbe.WaitAsync(probe, "Graph", GraphAddress, _graph, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Console.WriteLine();
        Console.WriteLine("Stopping:");
        await StopGraphAsync();
        if (_profile is not null)
        {
            await _profile.DisposeAsync();
        }

        if (_broker is not null)
        {
            await BenchmarkBroker.StopAsync(_broker);
        }

        ChildProcessSweep.KillRemainingChildren();
        _data.Dispose();
    }

    private Dictionary<string, string?> ProfileEnvironment(RabbitMqNode broker)
    {
        var profile = Common(broker, ProfileAddress, ProfileGrpcAddress);
        profile[$"Identity__InternalClients__{InternalClientId}"] = InternalClientSecret;
        // Tokens outlive the run (seeding included), so no request is ever refused for an expired one.
        profile["Identity__AccessTokenLifetime"] = "02:00:00";
        // Profile asks Graph about relationships (not on the requests made here, but it resolves Graph like the suite does).
        profile[$"services__{ResourceNames.Graph}__http__0"] = GraphAddress.ToString();
        profile[$"services__{ResourceNames.Graph}__{ResourceNames.GrpcEndpoint}__0"] = GraphGrpcAddress.ToString();
        profile[$"services__{ResourceNames.Profile}__http__0"] = ProfileAddress.ToString();
        return profile;
    }

    private Dictionary<string, string?> GraphEnvironment(RabbitMqNode broker)
    {
        var graph = Common(broker, GraphAddress, GraphGrpcAddress);
        // The token validator fetches the issuer's discovery document and keys from http://profile/.
        graph[$"services__{ResourceNames.Profile}__http__0"] = ProfileAddress.ToString();
        // A list page shows its users as Profile does: one internal GetProfiles per page, as the run's internal client.
        graph[$"services__{ResourceNames.Profile}__{ResourceNames.GrpcEndpoint}__0"] = ProfileGrpcAddress.ToString();
        graph["Identity__Client__Id"] = InternalClientId;
        graph["Identity__Client__Secret"] = InternalClientSecret;
        return graph;
    }

    private Dictionary<string, string?> Common(RabbitMqNode broker, Uri http, Uri grpc)
    {
        var environment = ServiceEnvironment.Base();
        ServiceEnvironment.AddEndpoints(environment, http, grpc);
        environment[$"ConnectionStrings__{ResourceNames.Broker}"] = broker.ConnectionString;
        environment["Storage__DataDirectory"] = _data.Path;
        return environment;
    }
}
