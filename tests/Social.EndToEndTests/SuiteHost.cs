using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Social.Testing;

namespace Social.EndToEndTests;

/// <summary>The whole suite booted from the real AppHost, with its data in a temporary folder; fixtures say how.</summary>
public abstract class SuiteHost : IAsyncLifetime
{
    /// <summary>The web origin the suite is started to allow, as a developer allows their app's dev server.</summary>
    public const string BrowserOrigin = "http://localhost:5173";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    private readonly TemporaryDirectory _data = new();
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The suite has not started.");

    /// <summary>AppHost settings beyond the data directory and the local broker.</summary>
    protected abstract IEnumerable<string> Settings { get; }

    public async ValueTask InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Social_AppHost>(
            [$"--Social:DataDirectory={_data.Path}", "--Social:Infrastructure=local", .. Settings],
            timeout.Token);
        // Every test signs its users up from this one address: the per-address sign-up limit (tested at the gateway
        // itself) would otherwise refuse them.
        var gateway = builder.Resources.OfType<ProjectResource>().Single(resource => resource.Name == "gateway");
        builder.CreateResourceBuilder(gateway).WithEnvironment("RateLimits__SignUp__PerIp__PermitLimit", "100000");
        _app = await builder.BuildAsync(timeout.Token);
        await _app.StartAsync(timeout.Token);
        await _app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _data.Dispose();
        GC.SuppressFinalize(this);
    }

    public Uri EndpointOf(string resource, string endpoint) => App.GetEndpoint(resource, endpoint);
}
