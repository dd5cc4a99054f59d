using Microsoft.Extensions.Time.Testing;
using Social.Messaging.Domain.Stream;

namespace Social.UnitTests.Messaging;

public sealed class StreamTicketRulesTests
{
    private static readonly Guid Ana = Guid.CreateVersion7();
    private static readonly Guid Bob = Guid.CreateVersion7();

    [Fact]
    public void A_ticket_opens_its_owners_stream_for_sixty_seconds()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));
        var expiresAt = clock.GetUtcNow() + StreamTicketRules.Lifetime;

        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.True(StreamTicketRules.Admits(Ana, expiresAt, caller: null, clock.GetUtcNow()));
        Assert.True(StreamTicketRules.Admits(Ana, expiresAt, caller: Ana, clock.GetUtcNow()));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(StreamTicketRules.Admits(Ana, expiresAt, caller: null, clock.GetUtcNow()));
    }

    [Fact]
    public void Another_signed_in_user_cannot_use_someone_elses_ticket()
    {
        var now = new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);
        Assert.False(StreamTicketRules.Admits(Ana, now.AddSeconds(30), caller: Bob, now));
    }

    [Fact]
    public void Tickets_are_random_url_safe_and_stored_only_as_a_hash()
    {
        var one = StreamTicketRules.NewTicket();
        var other = StreamTicketRules.NewTicket();

        Assert.NotEqual(one, other);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", one);
        Assert.Equal(StreamTicketRules.Hash(one), StreamTicketRules.Hash(one));
        Assert.DoesNotContain(one, StreamTicketRules.Hash(one), StringComparison.Ordinal);
        Assert.Equal(64, StreamTicketRules.Hash(one).Length);
    }
}
