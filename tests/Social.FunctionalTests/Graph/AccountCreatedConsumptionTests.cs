using System.Net;
using Grpc.Core;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Social.Contracts.Events;
using Social.Contracts.Graph.V1;
using Social.Contracts.Messaging.V1;
using Social.FunctionalTests.Infrastructure;
using Social.Testing;

namespace Social.FunctionalTests.Graph;

/// <summary>AccountCreated travels from Profile's outbox through RabbitMQ to Graph and Messaging, once.</summary>
public sealed class AccountCreatedConsumptionTests(SharedBroker broker) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private Suite _suite = null!;

    public async ValueTask InitializeAsync() => _suite = await Suite.StartAsync(broker.Node);

    public ValueTask DisposeAsync() => _suite.DisposeAsync();

    [Fact]
    public async Task A_new_account_becomes_a_graph_user_and_a_messaging_participant()
    {
        var handle = ProfileApi.UniqueHandle();
        var created = await ProfileApi.SignUpAsync(_suite.Profile.CreateClient(), handle);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var userId = (await ProfileApi.ReadJsonAsync(created)).GetProperty("userId").GetString()!;

        var graph = new GraphService.GraphServiceClient(_suite.Graph.CreateGrpcChannel(await _suite.InternalTokenAsync()));
        var messaging = new MessagingService.MessagingServiceClient(_suite.Messaging.CreateGrpcChannel(await _suite.InternalTokenAsync()));
        var graphUser = await Eventually.ReturnsAsync(
            () => GrpcLookups.OrNullIfNotFoundAsync(() => graph.GetUserAsync(new GetGraphUserRequest { UserId = userId }).ResponseAsync),
            user => user is not null, Patience, "the graph user");
        var participant = await Eventually.ReturnsAsync(
            () => GrpcLookups.OrNullIfNotFoundAsync(() => messaging.GetParticipantAsync(new GetParticipantRequest { UserId = userId }).ResponseAsync),
            p => p is not null, Patience, "the messaging participant");

        Assert.Equal(handle, graphUser!.Handle);
        Assert.Equal(handle, participant!.Handle);
    }

    [Fact]
    public async Task The_same_message_delivered_twice_is_applied_once_by_each_consumer()
    {
        using var inbox = new InboxMeter();
        var message = new AccountCreated { UserId = Guid.CreateVersion7(), Handle = ProfileApi.UniqueHandle(), CreatedAt = DateTimeOffset.UtcNow };
        var messageId = NewId.NextGuid();
        var bus = _suite.Profile.Services.GetRequiredService<IBus>();

        await bus.Publish(message, context => context.MessageId = messageId, TestContext.Current.CancellationToken);
        await bus.Publish(message, context => context.MessageId = messageId, TestContext.Current.CancellationToken);

        foreach (var consumer in new[] { ConsumerNames.GraphAccountCreated, ConsumerNames.MessagingAccountCreated })
        {
            await Eventually.ReturnsAsync(() => Task.FromResult(inbox.Applied(consumer) + inbox.Duplicates(consumer)), n => n >= 2, Patience, $"both deliveries at {consumer}");
            Assert.Equal(1, inbox.Applied(consumer));
            Assert.Equal(1, inbox.Duplicates(consumer));
        }

        Assert.Equal(1, await SqliteProbe.CountAsync(_suite.DatabaseOf("graph"), "SELECT COUNT(*) FROM inbox WHERE message_id = $id", ("$id", messageId.ToString())));
        Assert.Equal(1, await SqliteProbe.CountAsync(_suite.DatabaseOf("graph"), "SELECT COUNT(*) FROM users WHERE user_id = $id", ("$id", message.UserId.ToString())));
    }

    [Fact]
    public async Task An_unknown_or_malformed_user_id_is_not_found_or_invalid()
    {
        var graph = new GraphService.GraphServiceClient(_suite.Graph.CreateGrpcChannel(await _suite.InternalTokenAsync()));

        var missing = await Assert.ThrowsAsync<RpcException>(() => graph.GetUserAsync(new GetGraphUserRequest { UserId = Guid.CreateVersion7().ToString() }).ResponseAsync);
        var malformed = await Assert.ThrowsAsync<RpcException>(() => graph.GetUserAsync(new GetGraphUserRequest { UserId = "not-a-uuid" }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, malformed.StatusCode);
    }
}
