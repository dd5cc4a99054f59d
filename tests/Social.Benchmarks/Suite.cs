using Social.ServiceDefaults;
using Social.Testing;

namespace Social.Benchmarks;

/// <summary>
/// Everything the four targets need: a RabbitMQ node, the Profile service on a fresh data folder, the gateway in
/// front of it, the bare proxy beside it, and a second Profile process on the same data with token validation switched
/// off (the baseline of what validation costs). Disposing stops all of it, each step on its own, so one failure never
/// leaves the rest running.
/// </summary>
internal sealed class Suite : IAsyncDisposable
{
    // The gateway resolves every service at start; the ones not under test point where nobody listens.
    private static readonly string[] OtherServices =
        [ResourceNames.Graph, ResourceNames.Engagement, ResourceNames.Story, ResourceNames.Messaging];

    private readonly TemporaryDirectory _data = new();
    private RabbitMqNode? _broker;
    private ServiceProcess? _profile;
    private ServiceProcess? _unvalidated;
    private ServiceProcess? _gateway;
    private BareProxy? _bare;

    private Suite()
    {
    }

    public Uri ProfileAddress { get; } = ServiceEnvironment.NewLoopbackAddress();

    public Uri GatewayAddress { get; } = ServiceEnvironment.NewLoopbackAddress();

    public Uri UnvalidatedAddress { get; } = ServiceEnvironment.NewLoopbackAddress();

    /// <summary>The gateway's process, whose processor time per request is compared with the bare proxy's (this process).</summary>
    public int GatewayProcessId => _gateway?.Id ?? throw new InvalidOperationException("The gateway has not started.");

    public Uri BareAddress => _bare?.Address ?? throw new InvalidOperationException("The bare proxy has not started.");

    public static async Task<Suite> StartAsync(string profileAssembly, string gatewayAssembly, HttpClient probe, CancellationToken cancellationToken)
    {
        var suite = new Suite();
        try
        {
            await suite.StartPartsAsync(profileAssembly, gatewayAssembly, probe, cancellationToken);
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
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (_bare is not null)
        {
            await _bare.DisposeAsync();
        }

        if (_unvalidated is not null)
        {
            await _unvalidated.DisposeAsync();
        }

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

    private async Task StartPartsAsync(string profileAssembly, string gatewayAssembly, HttpClient probe, CancellationToken cancellationToken)
    {
        _broker = await BenchmarkBroker.StartAsync(cancellationToken);

        var profile = ServiceEnvironment.Base();
        ServiceEnvironment.AddEndpoints(profile, ProfileAddress, ServiceEnvironment.NewLoopbackAddress());
        profile[$"ConnectionStrings__{ResourceNames.Broker}"] = _broker.ConnectionString;
        profile["Storage__DataDirectory"] = _data.Path;
        _profile = ServiceProcess.Start("Profile", profileAssembly, profile);

        var gateway = ServiceEnvironment.Base();
        ServiceEnvironment.AddEndpoints(gateway, GatewayAddress, ServiceEnvironment.NewLoopbackAddress());
        var profileGrpc = new Uri(profile["Kestrel__Endpoints__grpc__Url"]!);
        gateway[$"services__{ResourceNames.Profile}__http__0"] = ProfileAddress.ToString();
        gateway[$"services__{ResourceNames.Profile}__{ResourceNames.GrpcEndpoint}__0"] = profileGrpc.ToString();
        var nobody = ServiceEnvironment.NewLoopbackAddress().ToString();
        foreach (var service in OtherServices)
        {
            gateway[$"services__{service}__http__0"] = nobody;
            gateway[$"services__{service}__{ResourceNames.GrpcEndpoint}__0"] = nobody;
        }

        // The limiter stays in the path (its cost is part of what is measured) but with budgets no run can exhaust.
        gateway["RateLimits__PerIp__PermitLimit"] = "1000000000";
        gateway["RateLimits__PerUser__PermitLimit"] = "1000000000";
        _gateway = ServiceProcess.Start("gateway", gatewayAssembly, gateway);

        _bare = await BareProxy.StartAsync(ProfileAddress, cancellationToken);
        Console.WriteLine($"  started bare YARP proxy (in-process) at {_bare.Address} -> {ProfileAddress}");

        await HealthProbe.WaitAsync(probe, "Profile", ProfileAddress, _profile, cancellationToken);
        await HealthProbe.WaitAsync(probe, "gateway", GatewayAddress, _gateway, cancellationToken);
        await HealthProbe.WaitAsync(probe, "bare YARP proxy", _bare.Address, null, cancellationToken);

        // Started once Profile is up, so that the two never migrate the shared data folder at the same time.
        var unvalidated = new Dictionary<string, string?>(profile);
        ServiceEnvironment.AddEndpoints(unvalidated, UnvalidatedAddress, ServiceEnvironment.NewLoopbackAddress());
        unvalidated["DOTNET_STARTUP_HOOKS"] = NoTokenValidation.HookAssembly;
        _unvalidated = ServiceProcess.Start("Profile, token validation off", profileAssembly, unvalidated);
        await HealthProbe.WaitAsync(probe, "Profile, token validation off", UnvalidatedAddress, _unvalidated, cancellationToken);
    }
}
