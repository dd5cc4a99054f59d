using Social.Contracts.Messaging.V1;
using Social.EventBus;
using Social.KnownUsers;
using Social.Relationships;
using Social.ServiceDefaults;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using Social.Storage;
using Social.Storage.FanOuts;
using Social.Story.Api;
using Social.Story.Consumers;
using Social.Story.Domain.Access;
using Social.Story.Domain.Blocks;
using Social.Story.Domain.Highlights;
using Social.Story.Domain.Reading;
using Social.Story.Domain.Replies;
using Social.Story.Domain.Stories;
using Social.Story.Domain.Tray;
using Social.Story.Domain.Users;
using Social.Story.Domain.Views;
using Social.Story.Storage;
using Social.Story.Storage.MongoDb;
using Social.Story.Storage.Sqlite;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcApi("Social Story API");
builder.AddTokenValidation();
builder.AddServiceStorage<WebApplicationBuilder, IStoryStore, SqliteStoryStore, MongoStoryStore>(
    ResourceNames.Story, StorySchema.Migrations, MongoStoryStore.CreateIndexesAsync);
builder.Services.AddSingleton<IKnownUsersStore<IStoryTransaction>>(services => services.GetRequiredService<IStoryStore>());
builder.Services.AddKnownUsers<IStoryTransaction, StoryUserEffects>(ResourceNames.Story);
builder.AddKnownUsersReadThrough();
builder.AddEventBus(ResourceNames.Story, bus =>
{
    bus.AddKnownUsersConsumers<IStoryTransaction>(ResourceNames.Story);
    bus.AddConsumer<UserBlockedConsumer>();
    bus.AddConsumer<UserUnblockedConsumer>();
    bus.AddConsumer<UserFollowedConsumer>();
});

// How long a story lives (Stories:Lifetime, 24 hours by default), and which posts fan out to trays, in what batches.
builder.Services.AddOptions<StoryOptions>().BindConfiguration(StoryOptions.SectionName)
    .Validate(options => options.Lifetime > TimeSpan.Zero, "Stories:Lifetime must be positive.")
    .Validate(options => options.FanOutFollowerLimit >= 0, "Stories:FanOutFollowerLimit must not be negative.")
    .Validate(options => options.FanOutBatchSize is > 0 and <= 5000, "Stories:FanOutBatchSize must be between 1 and 5,000.")
    .ValidateOnStart();

// Graph owns relationships, blocks and follows: who may see a story, and whose trays a post reaches, a page at a time.
builder.AddGraphFollowers();
// Profile shows people: tray users and viewers, a page at a time.
builder.AddProfileDirectory();
// Messaging owns conversations: a reply is a direct message it sends.
builder.AddInternalGrpcClient<MessagingService.MessagingServiceClient>(ResourceNames.Messaging);
builder.Services.AddSingleton<IDirectMessages, MessagingDirectMessages>();
builder.Services.AddSingleton<Viewers>();
builder.Services.AddSingleton<Posting>();
builder.Services.AddSingleton<StoryReads>();
builder.Services.AddSingleton<StoryTray>();
// A post reaches its owner's followers' stored trays in bounded batches, in the background after the first.
builder.Services.AddFanOut(services => ActivatorUtilities.CreateInstance<TrayFanOut>(services));
builder.Services.AddSingleton<TrayFollows>();
builder.Services.AddSingleton<Viewing>();
builder.Services.AddSingleton<Replying>();
builder.Services.AddSingleton<Highlighting>();
builder.Services.AddSingleton<BlockReplica>();

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapGrpcApi<StoryGrpcService>();
app.MapDefaultEndpoints();

app.Run();
