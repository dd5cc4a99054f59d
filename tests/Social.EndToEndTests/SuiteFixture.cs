using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Social.Testing;

[assembly: AssemblyFixture(typeof(Social.EndToEndTests.SuiteFixture))]

namespace Social.EndToEndTests;

/// <summary>The whole suite, booted once from the real AppHost with its data in a temporary folder.</summary>
public sealed class SuiteFixture : IAsyncLifetime
{
    /// <summary>The web origin the suite is started to allow, as a developer allows their app's dev server.</summary>
    public const string BrowserOrigin = "http://localhost:5173";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    private readonly TemporaryDirectory _data = new();
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The suite has not started.");

    public async ValueTask InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Social_AppHost>(
            [
                $"--Social:DataDirectory={_data.Path}",
                "--Social:Infrastructure=local",
                $"--Social:InternalClients:{InternalCaller.ClientId}={InternalCaller.Secret}",
                $"--Social:AllowedOrigins={BrowserOrigin}",
            ],
            timeout.Token);
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
    }

    public Uri EndpointOf(string resource, string endpoint) => App.GetEndpoint(resource, endpoint);
}
