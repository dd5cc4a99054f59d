using Microsoft.Extensions.Time.Testing;
using Social.Messaging.Domain.Stream;

namespace Social.UnitTests.Messaging;

public sealed class TypingRulesTests
{
    [Fact]
    public void Typing_shows_for_five_seconds_after_its_last_renewal()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));
        var expiresAt = TypingRules.ExpiresAt(clock.GetUtcNow());

        clock.Advance(TimeSpan.FromSeconds(4.999));
        Assert.True(TypingRules.IsLive(expiresAt, clock.GetUtcNow()));

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.False(TypingRules.IsLive(expiresAt, clock.GetUtcNow()));
    }

    [Fact]
    public void A_renewal_moves_the_expiry_to_five_seconds_after_it()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));
        var first = TypingRules.ExpiresAt(clock.GetUtcNow());
        clock.Advance(TimeSpan.FromSeconds(4));
        var renewed = TypingRules.ExpiresAt(clock.GetUtcNow());

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(TypingRules.IsLive(first, clock.GetUtcNow()));
        Assert.True(TypingRules.IsLive(renewed, clock.GetUtcNow()));
    }
}
