using Social.EventBus;
using Social.KnownUsers;
using Social.Messaging.Api;
using Social.Messaging.Storage;
using Social.Messaging.Storage.MongoDb;
using Social.Messaging.Storage.Sqlite;
using Social.ServiceDefaults;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using Social.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcApi("Social Messaging API");
builder.AddTokenValidation();
builder.AddServiceStorage<WebApplicationBuilder, IMessagingStore, SqliteMessagingStore, MongoMessagingStore>(
    ResourceNames.Messaging, MessagingSchema.Migrations, MongoMessagingStore.CreateIndexesAsync);
builder.Services.AddSingleton<IKnownUsersStore<IMessagingTransaction>>(services => services.GetRequiredService<IMessagingStore>());
builder.Services.AddKnownUsers<IMessagingTransaction, NoKnownUserEffects<IMessagingTransaction>>(ResourceNames.Messaging);
builder.AddEventBus(ResourceNames.Messaging, bus => bus.AddKnownUsersConsumers<IMessagingTransaction>(ResourceNames.Messaging));

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapGrpcApi<MessagingGrpcService>();
app.MapDefaultEndpoints();

app.Run();
