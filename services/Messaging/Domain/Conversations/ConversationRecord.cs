namespace Social.Messaging.Domain.Conversations;

/// <summary>
/// A conversation: a 1:1 between <see cref="PairLow"/> and <see cref="PairHigh"/> (the pair's ids in order), or a
/// group with a title. <see cref="LastSeq"/> is its newest message's seq (0: none yet); each message takes the next.
/// </summary>
public sealed record ConversationRecord(
    Guid ConversationId,
    bool IsGroup,
    string? Title,
    Guid CreatedBy,
    DateTimeOffset CreatedAt,
    long LastSeq,
    DateTimeOffset LastActivityAt,
    Guid? PairLow,
    Guid? PairHigh)
{
    /// <summary>The other member of a 1:1 conversation (null for a group).</summary>
    public Guid? OtherOf(Guid userId) => IsGroup ? null : PairLow == userId ? PairHigh : PairLow;
}
