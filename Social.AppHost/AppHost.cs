using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Social.AppHost;
using Social.AppHost.Infrastructure;
using Social.ServiceDefaults;

var builder = DistributedApplication.CreateBuilder(args);

var settings = builder.Configuration.GetSection("Social");
var dataDirectory = settings["DataDirectory"] is { Length: > 0 } configured
    ? Path.GetFullPath(configured)
    : Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", ".data"));
var mode = ContainerRuntimeProbe.Choose(settings["Infrastructure"]);
// Instances of every service and of the gateway (default 1). On one machine the replicas of a service share its
// SQLite file; on a cluster they share its MongoDB database. See the README, "Running replicas".
var replicas = Math.Max(1, settings.GetValue("Replicas", 1));

var broker = builder.AddMessagingBroker(mode, dataDirectory, settings.GetValue<int>("BrokerPort"));

IResourceBuilder<ProjectResource> AddService<TProject>(string name)
    where TProject : IProjectMetadata, new() =>
    builder.AddProject<TProject>(name)
        .WithReference(broker)
        .WaitFor(broker)
        .WithEnvironment("Storage__DataDirectory", dataDirectory)
        .WithHttpHealthCheck(HealthPaths.Health)
        .WithReplicas(replicas);

var profile = AddService<Projects.Social_Profile>(ResourceNames.Profile);
var graph = AddService<Projects.Social_Graph>(ResourceNames.Graph);
var engagement = AddService<Projects.Social_Engagement>(ResourceNames.Engagement)
    .WithReference(graph);
var story = AddService<Projects.Social_Story>(ResourceNames.Story)
    .WithReference(graph);
var messaging = AddService<Projects.Social_Messaging>(ResourceNames.Messaging)
    .WithReference(graph);
// A story reply is a direct message that Messaging sends.
story.WithReference(messaging);

var gateway = builder.AddProject<Projects.Social_Gateway>(ResourceNames.Gateway)
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck(HealthPaths.Health)
    .WithReplicas(replicas);
// Replicas of the gateway share their rate limits and open-stream counts in Redis; a single gateway counts in memory.
if (replicas > 1)
{
    var rateLimitStore = builder.AddRateLimitStore(dataDirectory);
    gateway.WithReference(rateLimitStore).WaitFor(rateLimitStore);
}

// Tokens are requested through the gateway, so its public address is the issuer that Profile signs into them and
// that every validator expects. Validators fetch the signing keys from Profile itself (service discovery).
var issuer = gateway.GetEndpoint("http");
foreach (var service in new[] { profile, graph, engagement, story, messaging })
{
    service.WithEnvironment("Identity__Issuer", issuer);
    if (service != profile)
    {
        service.WithReference(profile);
    }

    gateway.WithReference(service).WaitFor(service);
}

gateway.WithEnvironment("Identity__Issuer", issuer);
// Browser apps: the web origins whose scripts may call the API (comma-separated, e.g. http://localhost:5173; none by
// default). The gateway answers CORS for them; a preflight never reaches a service.
if (settings["AllowedOrigins"] is { Length: > 0 } allowedOrigins)
{
    gateway.WithEnvironment("Cors__AllowedOrigins", allowedOrigins);
}

// Profile and Graph call each other's internal RPCs (relationships; accounts Graph has not heard of yet), and
// Engagement, Story and Messaging call both (who may see or message whom; accounts they have not heard of yet), and
// Story calls Messaging (replies), as confidential clients of the issuer, with a secret generated for each run of the suite.
profile
    .WithReference(graph)
    // Its own token endpoint, for those client-credentials tokens (a service does not discover itself).
    .WithEnvironment("Identity__Authority", profile.GetEndpoint("http"));
foreach (var caller in new[] { profile, graph, engagement, story, messaging })
{
    var name = caller.Resource.Name;
    var secret = builder.AddParameter($"{name}-client-secret", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true);
    caller.WithEnvironment("Identity__Client__Id", name).WithEnvironment("Identity__Client__Secret", secret);
    profile.WithEnvironment($"Identity__InternalClients__{name}", secret);
}

// Internal callers (other teams' backends) that may take client-credentials tokens: Social:InternalClients:{id} = secret,
// from user secrets or the environment, never from a committed file.
foreach (var client in settings.GetSection("InternalClients").GetChildren())
{
    profile.WithEnvironment($"Identity__InternalClients__{client.Key}", client.Value);
}

// Operators' clients, which may also repair (ReconcileCounters): Social:OperatorClients:{id} = secret, likewise.
foreach (var client in settings.GetSection("OperatorClients").GetChildren())
{
    profile.WithEnvironment($"Identity__OperatorClients__{client.Key}", client.Value);
}

builder.Eventing.Subscribe<ResourceReadyEvent>(gateway.Resource, (@event, _) =>
{
    var logger = @event.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Social");
    var url = gateway.GetEndpoint("http").Url;
    GatewayLog.Ready(logger, url);
    return Task.CompletedTask;
});

builder.Build().Run();
