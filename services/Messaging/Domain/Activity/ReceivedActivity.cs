using Social.EventBus.Inbox;

namespace Social.Messaging.Domain.Activity;

/// <summary>One message for the activity inbox: the causes it carries and the receipt that applies it once.</summary>
public sealed record ReceivedActivity(IReadOnlyList<ActivityCause> Causes, MessageReceipt Receipt);
