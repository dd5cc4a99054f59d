namespace Social.Contracts.Events;

/// <summary>
/// A read receipt: <see cref="UserId"/> has read the conversation up to <see cref="UpToSeq"/>. Never published for a
/// reader whose <c>readReceipts</c> setting is off.
/// </summary>
public sealed record ConversationRead
{
    public required Guid ConversationId { get; init; }

    public required Guid UserId { get; init; }

    public required long UpToSeq { get; init; }

    public required DateTimeOffset At { get; init; }
}
