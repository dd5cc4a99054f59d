using Social.EventBus.Outbox;

namespace Social.Profile.Domain.Profiles;

/// <summary>The profile as it will be stored, and the event the change raises (if any), committed together.</summary>
public sealed record ProfileUpdate(ProfileRecord Updated, OutboxMessage? Event);
