namespace Social.Messaging.Domain.Reading;

/// <summary>
/// A page of messages as a member sees them, in seq order, and the seq the next page continues from:
/// before it when <see cref="Backward"/>, after it otherwise (null: no more).
/// </summary>
public sealed record ViewedMessagePage(IReadOnlyList<ViewedMessage> Items, long? Next, bool Backward);
