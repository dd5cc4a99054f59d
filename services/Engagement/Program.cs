using Social.Engagement.Api;
using Social.Engagement.Consumers;
using Social.Engagement.Domain.Access;
using Social.Engagement.Domain.Blocks;
using Social.Engagement.Domain.Comments;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Counters;
using Social.Engagement.Domain.Likes;
using Social.Engagement.Domain.Mentions;
using Social.Engagement.Domain.Reading;
using Social.Engagement.Domain.Tags;
using Social.Engagement.Domain.Users;
using Social.Engagement.Storage;
using Social.Engagement.Storage.MongoDb;
using Social.Engagement.Storage.Sqlite;
using Social.EventBus;
using Social.KnownUsers;
using Social.Relationships;
using Social.ServiceDefaults;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using Social.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcApi("Social Engagement API");
builder.AddTokenValidation();
builder.AddServiceStorage<WebApplicationBuilder, IEngagementStore, SqliteEngagementStore, MongoEngagementStore>(
    ResourceNames.Engagement, EngagementSchema.Migrations, MongoEngagementStore.CreateIndexesAsync);
builder.Services.AddSingleton<IKnownUsersStore<IEngagementTransaction>>(services => services.GetRequiredService<IEngagementStore>());
builder.Services.AddKnownUsers<IEngagementTransaction, EngagementUserEffects>(ResourceNames.Engagement);
builder.AddKnownUsersReadThrough();
builder.AddEventBus(ResourceNames.Engagement, bus =>
{
    bus.AddKnownUsersConsumers<IEngagementTransaction>(ResourceNames.Engagement);
    bus.AddConsumer<UserBlockedConsumer>();
    bus.AddConsumer<UserUnblockedConsumer>();
});

// Graph owns relationships and blocks: every read and write asks it who may see what, a page at a time.
builder.AddGraphRelationships();
// Profile shows people: authors beside their comments, likers in a likers list, a page at a time.
builder.AddProfileDirectory();
builder.Services.AddSingleton<Viewers>();
builder.Services.AddSingleton<MentionResolver>();
builder.Services.AddSingleton<Tagging>();
builder.Services.AddSingleton<Publishing>();
builder.Services.AddSingleton<Liking>();
builder.Services.AddSingleton<ContentReads>();
builder.Services.AddSingleton<Commenting>();
builder.Services.AddSingleton<CommentReads>();
builder.Services.AddSingleton<BlockReplica>();
builder.Services.AddSingleton<CounterReconciler>();
builder.Services.AddSingleton<LikesReceivedReconciler>();

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapGrpcApi<EngagementGrpcService>();
app.MapDefaultEndpoints();

app.Run();
