using System.Globalization;
using Social.FunctionalTests.Infrastructure;
using Social.ServiceDefaults;
using Social.Testing;

namespace Social.FunctionalTests.Reliability;

/// <summary>
/// An outbox row that can never be published (its event type is unknown to this build) sits between two real events:
/// it is moved to the dead letters, and the event committed after it still reaches its consumers.
/// </summary>
public sealed class PoisonOutboxMessageTests(SharedBroker broker) : IAsyncLifetime
{
    private Suite _suite = null!;

    public async ValueTask InitializeAsync() => _suite = await Suite.StartAsync(broker.Node);

    public ValueTask DisposeAsync() => _suite.DisposeAsync();

    [Fact]
    public async Task An_event_of_unknown_type_is_dead_lettered_and_the_events_committed_after_it_are_delivered()
    {
        var graph = new GraphApi(_suite);
        var profileDatabase = _suite.DatabaseOf(ResourceNames.Profile);
        await graph.NewUserAsync("before");

        // Written as a newer build (or a bad migration) could leave it: a type this build cannot resolve.
        var poisonId = Guid.CreateVersion7();
        await SqliteProbe.ExecuteAsync(
            profileDatabase,
            """
            INSERT INTO outbox (message_id, aggregate_id, message_type, body, trace_parent, occurred_at)
            VALUES ($id, 'poison', 'Social.Contracts.Events.NoSuchEvent', '{}', NULL, $at)
            """,
            ("$id", poisonId.ToString()),
            ("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));

        // Graph learns of this account only through the AccountCreated committed after the poison row.
        await graph.NewUserAsync("after");

        Assert.Equal(1, await SqliteProbe.CountAsync(
            profileDatabase,
            """
            SELECT COUNT(*) FROM outbox_dead_letters
            WHERE message_id = $id AND message_type = 'Social.Contracts.Events.NoSuchEvent' AND body = '{}'
              AND attempts = 1 AND error LIKE '%NoSuchEvent%'
            """,
            ("$id", poisonId.ToString())));
        Assert.Equal(0, await SqliteProbe.CountAsync(profileDatabase, "SELECT COUNT(*) FROM outbox WHERE message_id = $id", ("$id", poisonId.ToString())));
    }
}
