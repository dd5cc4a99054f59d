using Social.Graph.Api;
using Social.Graph.Consumers;
using Social.Graph.Storage;
using Social.Graph.Storage.Sqlite;
using Social.ServiceDefaults;
using Social.ServiceDefaults.Grpc;
using Social.ServiceDefaults.Messaging;
using Social.ServiceDefaults.Storage.Sqlite;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcApi("Social Graph API");
builder.AddSqliteDatabase(ResourceNames.Graph, GraphSchema.Migrations);
builder.AddSocialMessaging(ResourceNames.Graph, bus => bus.AddConsumer<AccountCreatedConsumer>());

builder.Services.AddSingleton<IGraphStore, SqliteGraphStore>();

var app = builder.Build();

app.MapGrpcApi<GraphGrpcService>();
app.MapDefaultEndpoints();

app.Run();
