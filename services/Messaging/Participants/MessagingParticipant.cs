namespace Social.Messaging.Participants;

/// <summary>A user who can take part in conversations: created from Profile's AccountCreated.</summary>
public sealed record MessagingParticipant(Guid UserId, string Handle, DateTimeOffset JoinedAt);
