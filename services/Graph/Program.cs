using Social.EventBus;
using Social.Graph.Api;
using Social.Graph.Domain.Edges;
using Social.Graph.Domain.Users;
using Social.Graph.Storage;
using Social.Graph.Storage.MongoDb;
using Social.Graph.Storage.Sqlite;
using Social.KnownUsers;
using Social.ServiceDefaults;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using Social.Storage;
using Social.Storage.FanOuts;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcApi("Social Graph API");
builder.AddTokenValidation();
builder.AddServiceStorage<WebApplicationBuilder, IGraphStore, SqliteGraphStore, MongoGraphStore>(
    ResourceNames.Graph, GraphSchema.Migrations, MongoGraphStore.CreateIndexesAsync);
builder.Services.AddSingleton<IKnownUsersStore<IGraphTransaction>>(services => services.GetRequiredService<IGraphStore>());
builder.Services.AddKnownUsers<IGraphTransaction, GraphUserEffects>(ResourceNames.Graph);
// New accounts reach Graph as events; a call that names one first asks Profile (KnownUsers.LearnAsync).
builder.AddKnownUsersReadThrough();
// Lists show each user as Profile does (display name, avatar): one Profile call per page.
builder.AddProfileDirectory();
builder.AddEventBus(ResourceNames.Graph, bus => bus.AddKnownUsersConsumers<IGraphTransaction>(ResourceNames.Graph));

builder.Services.AddSingleton<Following>();
builder.Services.AddSingleton<Blocking>();
builder.Services.AddSingleton<PersonalLists>();
builder.Services.AddSingleton<ListReads>();
builder.Services.AddSingleton<CounterReconciler>();
// Deletions and accounts going public touch unbounded numbers of edges: carried out in batches, in the background.
builder.Services.AddFanOut(services => new FanOutWork(services.GetRequiredService<IGraphStore>(), services.GetRequiredService<TimeProvider>()));

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapGrpcApi<GraphGrpcService>();
app.MapDefaultEndpoints();

app.Run();
