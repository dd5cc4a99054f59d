using Social.KnownUsers;

namespace Social.Messaging.Storage;

/// <summary>The statements of one Messaging write transaction.</summary>
public interface IMessagingTransaction : IKnownUsersTransaction;
