using Social.Contracts.Profile.V1;
using Social.Graph.Api;
using Social.Graph.Users;
using Social.Graph.Consumers;
using Social.Graph.Storage;
using Social.Graph.Storage.MongoDb;
using Social.Graph.Storage.Sqlite;
using Social.ServiceDefaults;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using Social.EventBus;
using Social.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcApi("Social Graph API");
builder.AddTokenValidation();
builder.AddServiceStorage<WebApplicationBuilder, IGraphStore, SqliteGraphStore, MongoGraphStore>(
    ResourceNames.Graph, GraphSchema.Migrations, MongoGraphStore.CreateIndexesAsync);
builder.AddEventBus(ResourceNames.Graph, bus =>
{
    bus.AddConsumer<AccountCreatedConsumer>();
    bus.AddConsumer<AccountDeletedConsumer>();
    bus.AddConsumer<ProfileSettingsChangedConsumer>();
});

// New accounts reach Graph as events; a call that names one first asks Profile (see UserDirectory).
builder.AddInternalGrpcClient<ProfileService.ProfileServiceClient>(ResourceNames.Profile);
builder.Services.AddScoped<UserDirectory>();

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapGrpcApi<GraphGrpcService>();
app.MapDefaultEndpoints();

app.Run();
