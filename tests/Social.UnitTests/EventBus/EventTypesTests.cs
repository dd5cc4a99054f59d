using Social.Contracts.Events;
using Social.EventBus.Outbox;

namespace Social.UnitTests.EventBus;

/// <summary>Reading an event back from the outbox: a message that cannot be read is told apart from a broker failure.</summary>
public sealed class EventTypesTests
{
    private static readonly TimeProvider Clock = TimeProvider.System;

    [Fact]
    public void A_stored_event_reads_back_as_its_contract_type()
    {
        var created = new AccountCreated { UserId = Guid.CreateVersion7(), Handle = "ana", CreatedAt = Clock.GetUtcNow() };

        Assert.Equal(created, EventTypes.Deserialize(OutboxMessage.Create(created, "a", Clock)));
    }

    [Fact]
    public void A_type_this_build_does_not_know_is_unpublishable()
    {
        var message = OutboxMessage.Create(new AccountCreated { UserId = Guid.CreateVersion7(), Handle = "ana", CreatedAt = Clock.GetUtcNow() }, "a", Clock)
            with { MessageType = "Social.Contracts.Events.NoSuchEvent" };

        var exception = Assert.Throws<UnpublishableMessageException>(() => EventTypes.Deserialize(message));
        Assert.Contains("NoSuchEvent", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("not json")]
    [InlineData("null")]
    public void A_body_that_is_not_the_event_is_unpublishable(string body)
    {
        var message = OutboxMessage.Create(new AccountCreated { UserId = Guid.CreateVersion7(), Handle = "ana", CreatedAt = Clock.GetUtcNow() }, "a", Clock)
            with { Body = body };

        Assert.Throws<UnpublishableMessageException>(() => EventTypes.Deserialize(message));
    }
}
