using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Social.Contracts.Graph.V1;
using Social.Contracts.Messaging.V1;
using Social.Contracts.Profile.V1;
using Social.Engagement.Api;
using Social.Graph.Api;
using Social.ServiceDefaults.Auth;
using Social.Messaging.Api;
using Social.Profile.Api;
using Social.Story.Api;
using Social.Testing;

namespace Social.FunctionalTests.Infrastructure;

/// <summary>
/// Profile, Graph and Messaging (and Engagement or Story, when asked) running together in memory on one vhost of the real broker and one data folder:
/// enough to follow an event from the service that writes it to the services that consume it.
/// </summary>
public sealed class Suite : IAsyncDisposable
{
    private readonly TemporaryDirectory _data = new();
    private readonly ServiceFactory<EngagementGrpcService>? _engagement;
    private readonly ServiceFactory<StoryGrpcService>? _story;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _replaceMessagingServices;
    private readonly List<ServiceFactory<MessagingGrpcService>> _moreMessaging = [];
    private readonly List<ServiceFactory<ProfileGrpcService>> _moreProfiles = [];
    private string? _internalToken;

    private Suite(
        string brokerConnectionString,
        Action<IServiceCollection>? replaceGraphServices,
        IReadOnlyDictionary<string, string?>? extraSettings,
        bool withEngagement,
        Action<IServiceCollection>? replaceMessagingServices,
        bool withStory,
        Action<IServiceCollection>? replaceStoryServices)
    {
        BrokerConnectionString = brokerConnectionString;
        var settings = SuiteSettings.For(brokerConnectionString, _data.Path);
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        _settings = settings;
        _replaceMessagingServices = replaceMessagingServices;

        // Profile calls Graph (relationships) as an internal caller: its token requests and its gRPC calls go to the
        // in-memory servers of this suite.
        Profile = new ServiceFactory<ProfileGrpcService>(settings, services =>
        {
            services.AddSingleton<IHttpMessageHandlerBuilderFilter>(new PrimaryHandlerFilter(InternalTokenSource.HttpClientName, () => Profile!.Server.CreateHandler()));
            services.AddSingleton<IHttpMessageHandlerBuilderFilter>(new PrimaryHandlerFilter(nameof(GraphService.GraphServiceClient), () => Graph!.Server.CreateHandler()));
        });
        Graph = new ServiceFactory<GraphGrpcService>(settings, services =>
        {
            ValidateTokensOfProfile(services);
            // Graph asks Profile about accounts it has not heard of yet, as an internal caller.
            services.AddSingleton<IHttpMessageHandlerBuilderFilter>(new PrimaryHandlerFilter(InternalTokenSource.HttpClientName, () => Profile!.Server.CreateHandler()));
            services.AddSingleton<IHttpMessageHandlerBuilderFilter>(new PrimaryHandlerFilter(nameof(ProfileService.ProfileServiceClient), () => Profile!.Server.CreateHandler()));
            replaceGraphServices?.Invoke(services);
        });
        // Messaging asks Graph who may reach whom and Profile about accounts it has not heard of, as an internal caller.
        Messaging = new ServiceFactory<MessagingGrpcService>(settings, MessagingServices);
        // Engagement asks Graph who may see what and Profile about accounts it has not heard of, as an internal caller.
        _engagement = withEngagement
            ? new ServiceFactory<EngagementGrpcService>(settings, services =>
            {
                ValidateTokensOfProfile(services);
                services.AddSingleton<IHttpMessageHandlerBuilderFilter>(new PrimaryHandlerFilter(InternalTokenSource.HttpClientName, () => Profile!.Server.CreateHandler()));
                services.AddSingleton<IHttpMessageHandlerBuilderFilter>(new PrimaryHandlerFilter(nameof(ProfileService.ProfileServiceClient), () => Profile!.Server.CreateHandler()));
                services.AddSingleton<IHttpMessageHandlerBuilderFilter>(new PrimaryHandlerFilter(nameof(GraphService.GraphServiceClient), () => Graph!.Server.CreateHandler()));
            })
            : null;
        // Story asks Graph who may see what and whom a tray is for, Profile how users are shown, and Messaging to send replies.
        _story = withStory
            ? new ServiceFactory<StoryGrpcService>(settings, services =>
            {
                ValidateTokensOfProfile(services);
                services.AddSingleton<IHttpMessageHandlerBuilderFilter>(new PrimaryHandlerFilter(InternalTokenSource.HttpClientName, () => Profile!.Server.CreateHandler()));
                services.AddSingleton<IHttpMessageHandlerBuilderFilter>(new PrimaryHandlerFilter(nameof(ProfileService.ProfileServiceClient), () => Profile!.Server.CreateHandler()));
                services.AddSingleton<IHttpMessageHandlerBuilderFilter>(new PrimaryHandlerFilter(nameof(GraphService.GraphServiceClient), () => Graph!.Server.CreateHandler()));
                services.AddSingleton<IHttpMessageHandlerBuilderFilter>(new PrimaryHandlerFilter(nameof(MessagingService.MessagingServiceClient), () => Messaging!.Server.CreateHandler()));
                replaceStoryServices?.Invoke(services);
            })
            : null;
    }

    /// <summary>The prefix of the HTTP clients OpenIddict validation uses (its assembly name, then the issuer).</summary>
    public const string OpenIddictHttpClientName = "OpenIddict.Validation.SystemNetHttp";

    public string BrokerConnectionString { get; }

    public ServiceFactory<ProfileGrpcService> Profile { get; }

    public ServiceFactory<GraphGrpcService> Graph { get; }

    public ServiceFactory<MessagingGrpcService> Messaging { get; }

    /// <summary>Engagement, when the suite was started with it.</summary>
    public ServiceFactory<EngagementGrpcService> Engagement =>
        _engagement ?? throw new InvalidOperationException("This suite runs without Engagement: start it with withEngagement.");

    /// <summary>Story, when the suite was started with it.</summary>
    public ServiceFactory<StoryGrpcService> Story =>
        _story ?? throw new InvalidOperationException("This suite runs without Story: start it with withStory.");

    /// <summary>The test caller's token: an operator's, with the internal and repair scopes.</summary>
    public async Task<string> InternalTokenAsync() => _internalToken ??= await InternalCaller.TokenAsync(Profile.CreateClient(), InternalCaller.OperatorScopes);

    /// <summary>A token of the reader client: the internal scope only.</summary>
    public Task<string> ReaderTokenAsync() =>
        InternalCaller.TokenAsync(Profile.CreateClient(), InternalCaller.ReaderClientId, InternalCaller.ReaderSecret);

    /// <summary>Profile's real signing key (from the data folder), to mint tokens that are wrong in one way only.</summary>
    public Microsoft.IdentityModel.Tokens.RsaSecurityKey SigningKey() =>
        Social.Profile.Identity.KeyRing.Load(Path.Combine(_data.Path, "keys"), "signing", createIfEmpty: true).Keys[0].Key;

    public string DatabaseOf(string service) => Path.Combine(_data.Path, service + ".db");

    /// <summary>Starts the three services (and Engagement, when asked) on a fresh vhost of <paramref name="node"/>.</summary>
    public static async Task<Suite> StartAsync(
        RabbitMqNode node,
        Action<IServiceCollection>? replaceGraphServices = null,
        IReadOnlyDictionary<string, string?>? extraSettings = null,
        bool withEngagement = false,
        Action<IServiceCollection>? replaceMessagingServices = null,
        bool withStory = false,
        Action<IServiceCollection>? replaceStoryServices = null)
    {
        var vhost = await node.CreateVirtualHostAsync("t-" + Guid.NewGuid().ToString("N")[..10]);
        var suite = new Suite(vhost, replaceGraphServices, extraSettings, withEngagement, replaceMessagingServices, withStory, replaceStoryServices);
        // Creating the servers starts the hosts: consumers bind their queues before anything is published.
        _ = suite.Graph.Server;
        _ = suite.Messaging.Server;
        _ = suite._engagement?.Server;
        _ = suite._story?.Server;
        _ = suite.Profile.Server;
        IServiceProvider[] hosts =
        [
            suite.Graph.Services, suite.Messaging.Services, .. suite._engagement is { } engagement ? [engagement.Services] : Array.Empty<IServiceProvider>(),
            .. suite._story is { } story ? [story.Services] : Array.Empty<IServiceProvider>(), suite.Profile.Services,
        ];
        foreach (var services in hosts)
        {
            await services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        }

        return suite;
    }

    /// <summary>
    /// Another Profile instance over the same data directory, with the suite's settings as <paramref name="change"/>
    /// leaves them: a restart with a new configuration, or a replica. Started when returned; disposed with the suite.
    /// </summary>
    public ServiceFactory<ProfileGrpcService> StartAnotherProfile(Func<Dictionary<string, string?>, Dictionary<string, string?>> change)
    {
        var instance = new ServiceFactory<ProfileGrpcService>(change(new Dictionary<string, string?>(_settings)));
        _moreProfiles.Add(instance);
        _ = instance.Server;
        return instance;
    }

    /// <summary>
    /// A second Messaging instance beside <see cref="Messaging"/>: the same SQLite file and broker vhost, its own process
    /// state (open streams, its own notice queue), as a replica would be. Started when returned; disposed with the suite.
    /// </summary>
    public async Task<ServiceFactory<MessagingGrpcService>> StartAnotherMessagingAsync()
    {
        var instance = new ServiceFactory<MessagingGrpcService>(_settings, MessagingServices);
        _moreMessaging.Add(instance);
        _ = instance.Server;
        await instance.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        return instance;
    }

    private void MessagingServices(IServiceCollection services)
    {
        ValidateTokensOfProfile(services);
        services.AddSingleton<IHttpMessageHandlerBuilderFilter>(new PrimaryHandlerFilter(InternalTokenSource.HttpClientName, () => Profile.Server.CreateHandler()));
        services.AddSingleton<IHttpMessageHandlerBuilderFilter>(new PrimaryHandlerFilter(nameof(ProfileService.ProfileServiceClient), () => Profile.Server.CreateHandler()));
        services.AddSingleton<IHttpMessageHandlerBuilderFilter>(new PrimaryHandlerFilter(nameof(GraphService.GraphServiceClient), () => Graph.Server.CreateHandler()));
        _replaceMessagingServices?.Invoke(services);
    }

    /// <summary>
    /// The service fetches Profile's discovery document and signing keys as it would in the suite, but from the
    /// in-memory Profile of this suite: OpenIddict's HTTP client is pointed at its test server.
    /// </summary>
    private void ValidateTokensOfProfile(IServiceCollection services) =>
        services.AddSingleton<IHttpMessageHandlerBuilderFilter>(new PrimaryHandlerFilter(OpenIddictHttpClientName, () => Profile.Server.CreateHandler()));

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _moreProfiles)
        {
            await instance.DisposeAsync();
        }

        await Profile.DisposeAsync();
        await Graph.DisposeAsync();
        foreach (var instance in _moreMessaging)
        {
            await instance.DisposeAsync();
        }

        await Messaging.DisposeAsync();
        if (_engagement is not null)
        {
            await _engagement.DisposeAsync();
        }

        if (_story is not null)
        {
            await _story.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
