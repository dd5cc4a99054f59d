using Social.Messaging.Api;
using Social.Messaging.Consumers;
using Social.Messaging.Storage;
using Social.Messaging.Storage.MongoDb;
using Social.Messaging.Storage.Sqlite;
using Social.ServiceDefaults;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using Social.EventBus;
using Social.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcApi("Social Messaging API");
builder.AddTokenValidation();
builder.AddServiceStorage<WebApplicationBuilder, IMessagingStore, SqliteMessagingStore, MongoMessagingStore>(
    ResourceNames.Messaging, MessagingSchema.Migrations, MongoMessagingStore.CreateIndexesAsync);
builder.AddEventBus(ResourceNames.Messaging, bus =>
{
    bus.AddConsumer<AccountCreatedConsumer>();
    bus.AddConsumer<AccountDeletedConsumer>();
});

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapGrpcApi<MessagingGrpcService>();
app.MapDefaultEndpoints();

app.Run();
