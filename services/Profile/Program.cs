using Microsoft.AspNetCore.Identity;
using Social.Contracts.Graph.V1;
using Social.EventBus;
using Social.Profile.Api;
using Social.Profile.Consumers;
using Social.Profile.Domain.Accounts;
using Social.Profile.Domain.Profiles;
using Social.Profile.Identity;
using Social.Profile.Storage;
using Social.Profile.Storage.MongoDb;
using Social.Profile.Storage.Sqlite;
using Social.ServiceDefaults;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using Social.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcApi("Social Profile API");
builder.AddServiceStorage<WebApplicationBuilder, IProfileStore, SqliteProfileStore, MongoProfileStore>(
    ResourceNames.Profile, ProfileSchema.Migrations, MongoProfileStore.CreateIndexesAsync);
builder.AddEventBus(ResourceNames.Profile, bus =>
{
    bus.AddConsumer<FollowCountsShardChangedConsumer>();
    // Graph's former event, for what was published before the counts had shards.
    bus.AddConsumer<FollowCountsChangedConsumer>();
    bus.AddConsumer<LikesReceivedChangedConsumer>();
    // Profile's own events: the sessions a password change or a deletion ends, ended again after any crash.
    bus.AddConsumer<SessionsEndOnPasswordChangedConsumer>();
    bus.AddConsumer<SessionsEndOnAccountDeletedConsumer>();
});

builder.Services.AddSingleton<PasswordHashing>();
builder.Services.Configure<PasswordHasherOptions>(builder.Configuration.GetSection("PasswordHashing"));
builder.Services.AddSingleton<AccountRegistration>();
builder.Services.AddSingleton<ProfileEditing>();
builder.Services.AddSingleton<FollowCountsSync>();
builder.Services.AddSingleton<LikesReceivedSync>();
builder.Services.AddScoped<SessionRevocation>();
builder.Services.AddScoped<PasswordChange>();
builder.Services.AddScoped<AccountDeletion>();
builder.Services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.SectionName);
builder.AddTokenIssuer();
// Graph owns relationships and blocks: profiles are shown as the caller may see them.
builder.AddInternalGrpcClient<GraphService.GraphServiceClient>(ResourceNames.Graph);
builder.Services.AddScoped<ViewerRelationships>();

var app = builder.Build();

app.MapTokenIssuer();
app.MapGrpcApi<ProfileGrpcService>();
app.MapDefaultEndpoints();

app.Run();
