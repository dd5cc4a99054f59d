using Social.EventBus;
using Social.KnownUsers;
using Social.Messaging.Api;
using Social.Messaging.Consumers;
using Social.Messaging.Domain.Activity;
using Social.Messaging.Domain.Blocks;
using Social.Messaging.Domain.Conversations;
using Social.Messaging.Domain.Messages;
using Social.Messaging.Domain.Reading;
using Social.Messaging.Domain.Stream;
using Social.Messaging.Domain.Users;
using Social.Messaging.Storage;
using Social.Messaging.Storage.MongoDb;
using Social.Messaging.Storage.Sqlite;
using Social.Relationships;
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
builder.Services.AddKnownUsers<IMessagingTransaction, MessagingUserEffects>(ResourceNames.Messaging);
builder.AddKnownUsersReadThrough();
builder.AddEventBus(ResourceNames.Messaging, bus =>
{
    bus.AddKnownUsersConsumers<IMessagingTransaction>(ResourceNames.Messaging);
    bus.AddConsumer<UserBlockedConsumer>();
    bus.AddConsumer<UserUnblockedConsumer>();
    bus.AddActivityConsumers();
    // Live streams: every instance hears every notice on one queue of its own, deleted when it stops.
    var liveQueue = $"{ResourceNames.Messaging}-live-{Guid.NewGuid():N}"[..32];
    bus.AddConsumer<StreamEntriesAppendedConsumer>().Endpoint(endpoint => { endpoint.Name = liveQueue; endpoint.Temporary = true; });
    bus.AddConsumer<UserTypingConsumer>().Endpoint(endpoint => { endpoint.Name = liveQueue; endpoint.Temporary = true; });
});

// Graph owns relationships and blocks: who may reach whom is asked of it, for a conversation's members in one call.
builder.AddGraphRelationships();
builder.Services.AddSingleton<KnownMembers>();
builder.Services.AddSingleton<ConversationAccess>();
builder.Services.AddSingleton<Starting>();
builder.Services.AddSingleton<Membership>();
builder.Services.AddSingleton<MyConversation>();
builder.Services.AddSingleton<Sending>();
builder.Services.AddSingleton<MessageChanging>();
builder.Services.AddSingleton<Reacting>();
builder.Services.AddSingleton<Reading>();
builder.Services.AddSingleton<MessageReads>();
builder.Services.AddSingleton<ConversationReads>();
builder.Services.AddSingleton<BlockReplica>();

// The activity inbox: its own module, over the same store and stream; actors are shown as Profile shows them.
builder.AddProfileDirectory();
builder.Services.AddSingleton<ActivityInbox>();
builder.Services.AddSingleton<ActivityReads>();
builder.Services.AddSingleton<ActivitySeen>();
builder.Services.AddHostedService<ActivityJanitor>();
builder.Services.AddSingleton(services => new ActivityRemovals(services.GetRequiredService<IMessagingStore>()));
builder.Services.AddHostedService<ActivityRemovalWorker>();

// The live stream: fan-out on write (in each change's transaction), wake-ups after the commit (locally and over the bus
// to the other instances), tickets in the database.
builder.Services.AddOptions<StreamOptions>().BindConfiguration(StreamOptions.SectionName);
builder.Services.AddSingleton<StreamHub>();
builder.Services.AddSingleton<StreamReads>();
builder.Services.AddSingleton<LiveStreams>();
builder.Services.AddSingleton<StreamTickets>();
builder.Services.AddSingleton<ITypingSignal, BusTypingSignal>();
builder.Services.AddSingleton<BusStreamWakeUps>();
builder.Services.AddSingleton<IStreamWakeUps>(services => services.GetRequiredService<BusStreamWakeUps>());
builder.Services.AddHostedService(services => services.GetRequiredService<BusStreamWakeUps>());
builder.Services.AddSingleton<Typing>();
builder.Services.AddHostedService<StreamJanitor>();
builder.Services.AddHostedService<StreamHeartbeats>();
// Describes the Server-Sent Events endpoint beside the transcoded API in the service's OpenAPI document.
builder.Services.AddEndpointsApiExplorer();

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapGrpcApi<MessagingGrpcService>();
app.MapLiveStream();
app.MapDefaultEndpoints();

app.Run();
