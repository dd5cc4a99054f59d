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

var broker = builder.AddMessagingBroker(mode, dataDirectory, settings.GetValue<int>("BrokerPort"));

IResourceBuilder<ProjectResource> AddService<TProject>(string name)
    where TProject : IProjectMetadata, new() =>
    builder.AddProject<TProject>(name)
        .WithReference(broker)
        .WaitFor(broker)
        .WithEnvironment("Storage__DataDirectory", dataDirectory)
        .WithHttpHealthCheck(HealthPaths.Health);

var profile = AddService<Projects.Social_Profile>(ResourceNames.Profile);
var graph = AddService<Projects.Social_Graph>(ResourceNames.Graph);
var engagement = AddService<Projects.Social_Engagement>(ResourceNames.Engagement);
var story = AddService<Projects.Social_Story>(ResourceNames.Story)
    .WithReference(graph);
var messages = AddService<Projects.Social_Messaging>(ResourceNames.Messages)
    .WithReference(graph);

var gateway = builder.AddProject<Projects.Social_Gateway>(ResourceNames.Gateway)
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck(HealthPaths.Health);
// Tokens are requested through the gateway, so its public address is the issuer that Profile signs into them and
// that every validator expects. Validators fetch the signing keys from Profile itself (service discovery).
var issuer = gateway.GetEndpoint("http");
foreach (var service in new[] { profile, graph, engagement, story, messages })
{
    service.WithEnvironment("Identity__Issuer", issuer);
    if (service != profile)
    {
        service.WithReference(profile);
    }

    gateway.WithReference(service).WaitFor(service);
}

gateway.WithEnvironment("Identity__Issuer", issuer);

// Profile calls Graph's internal RPCs (relationships, blocks) as a confidential client of its own issuer; the secret is
// generated for each run of the suite.
var profileClientSecret = builder.AddParameter(
    "profile-client-secret", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true);
profile
    .WithReference(graph)
    // Its own token endpoint, for those client-credentials tokens (a service does not discover itself).
    .WithEnvironment("Identity__Authority", profile.GetEndpoint("http"))
    .WithEnvironment("Identity__Client__Id", ResourceNames.Profile)
    .WithEnvironment("Identity__Client__Secret", profileClientSecret)
    .WithEnvironment($"Identity__InternalClients__{ResourceNames.Profile}", profileClientSecret);

// Internal callers (other teams' backends) that may take client-credentials tokens: Social:InternalClients:{id} = secret,
// from user secrets or the environment, never from a committed file.
foreach (var client in settings.GetSection("InternalClients").GetChildren())
{
    profile.WithEnvironment($"Identity__InternalClients__{client.Key}", client.Value);
}

builder.Eventing.Subscribe<ResourceReadyEvent>(gateway.Resource, (@event, _) =>
{
    var logger = @event.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Social");
    var url = gateway.GetEndpoint("http").Url;
    GatewayLog.Ready(logger, url);
    return Task.CompletedTask;
});

builder.Build().Run();
