namespace Social.UnitTests.EventBus;

/// <summary>Relay tests run one at a time: the outbox instruments are process-wide, so parallel relays would blur them.</summary>
[CollectionDefinition(Name)]
public sealed class SequentialRelays
{
    public const string Name = "outbox relay";
}
