using Microsoft.Extensions.DependencyInjection;
using Social.Profile.Api;
using Social.Testing;

namespace Social.FunctionalTests.Infrastructure;

/// <summary>
/// Profile alone, for tests of the token server: its own data folder (<see cref="DataPath"/>, which a test may fill
/// before <see cref="StartAsync"/>) and broker vhost, torn down with its files.
/// </summary>
public sealed class StandaloneProfile : IAsyncDisposable
{
    private readonly TemporaryDirectory _data = new();
    private Dictionary<string, string?> _settings = null!;
    private Action<IServiceCollection>? _replaceServices;

    public string DataPath => _data.Path;

    public ServiceFactory<ProfileGrpcService> Factory { get; private set; } = null!;

    /// <summary>Starts Profile with the suite's settings as <paramref name="configure"/> changes them.</summary>
    public async Task<HttpClient> StartAsync(
        SharedBroker broker, Action<Dictionary<string, string?>>? configure = null, Action<IServiceCollection>? replaceServices = null)
    {
        _settings = SuiteSettings.For(await broker.Node.CreateVirtualHostAsync("t-" + Guid.NewGuid().ToString("N")[..10]), _data.Path);
        configure?.Invoke(_settings);
        _replaceServices = replaceServices;
        Factory = new ServiceFactory<ProfileGrpcService>(_settings, _replaceServices);
        return Factory.CreateClient();
    }

    /// <summary>Stops the instance and starts a new one on the same data and settings, as a restart would.</summary>
    public async Task<HttpClient> RestartAsync()
    {
        await Factory.DisposeAsync();
        Factory = new ServiceFactory<ProfileGrpcService>(_settings, _replaceServices);
        return Factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
