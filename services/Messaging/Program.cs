using Social.Messaging.Api;
using Social.Messaging.Consumers;
using Social.Messaging.Storage;
using Social.Messaging.Storage.MongoDb;
using Social.Messaging.Storage.Sqlite;
using Social.ServiceDefaults;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using Social.ServiceDefaults.Messaging;
using Social.ServiceDefaults.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcApi("Social Messaging API");
builder.AddTokenValidation();
builder.AddServiceStorage<WebApplicationBuilder, IMessagingStore, SqliteMessagingStore, MongoMessagingStore>(
    ResourceNames.Messages, MessagingSchema.Migrations, MongoMessagingStore.CreateIndexesAsync);
builder.AddSocialMessaging(ResourceNames.Messages, bus =>
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
