using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MongoDB.Driver;
using Social.EventBus.Inbox;
using Social.EventBus.Outbox;

namespace Social.Storage.MongoDb;

public static class MongoStorageExtensions
{
    /// <summary>The connection string naming the MongoDB deployment (a replica set: transactions need one).</summary>
    public const string ConnectionName = "mongodb";

    /// <summary>The service's MongoDB database (named after the service), its outbox, and its indexes created at start.</summary>
    public static TBuilder AddMongoDatabase<TBuilder>(this TBuilder builder, string serviceName, Func<IMongoDatabase, CancellationToken, Task> createIndexes)
        where TBuilder : IHostApplicationBuilder
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"Storage:Provider is MongoDb but connection string '{ConnectionName}' is not configured.");

        builder.Services.AddSingleton<IOutboxSignal, OutboxSignal>();
        builder.Services.AddSingleton<IMongoClient>(_ => new MongoClient(connectionString));
        builder.Services.AddSingleton(services => new MongoDatabaseContext(
            services.GetRequiredService<IMongoClient>(),
            serviceName,
            services.GetRequiredService<IOutboxSignal>(),
            services.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<IOutboxStore, MongoOutboxStore>();
        builder.Services.AddSingleton<IInboxStore, MongoInboxStore>();
        builder.Services.AddHostedService(services => new MongoIndexService(services.GetRequiredService<MongoDatabaseContext>(), createIndexes));
        return builder;
    }
}
