using Social.Messaging.Api;
using Social.Messaging.Consumers;
using Social.Messaging.Storage;
using Social.Messaging.Storage.Sqlite;
using Social.ServiceDefaults;
using Social.ServiceDefaults.Grpc;
using Social.ServiceDefaults.Messaging;
using Social.ServiceDefaults.Storage.Sqlite;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcApi("Social Messaging API");
builder.AddSqliteDatabase(ResourceNames.Messages, MessagingSchema.Migrations);
builder.AddSocialMessaging(ResourceNames.Messages, bus => bus.AddConsumer<AccountCreatedConsumer>());

builder.Services.AddSingleton<IMessagingStore, SqliteMessagingStore>();

var app = builder.Build();

app.MapGrpcApi<MessagingGrpcService>();
app.MapDefaultEndpoints();

app.Run();
