using Social.Contracts.Events;
using Social.KnownUsers;
using Social.Messaging.Domain.Activity;
using Social.Messaging.Domain.Conversations;
using Social.Messaging.Storage;

namespace Social.Messaging.Domain.Users;

/// <summary>What an account's deletion means for Messaging, in the transaction that applies it.</summary>
public sealed class MessagingUserEffects(TimeProvider clock) : IKnownUserEffects<IMessagingTransaction>
{
    /// <summary>
    /// The user leaves every conversation (a group they were the last admin of passes the role on); what they wrote is
    /// unsent and their reactions go, so nothing of theirs stays behind. Their 1:1s stay with the other members. Their
    /// activity inbox goes, and they leave everyone else's.
    /// </summary>
    public async Task UserRemovedAsync(IMessagingTransaction transaction, Guid userId, CancellationToken cancellationToken)
    {
        var changes = new MessagingChanges(transaction, clock);
        foreach (var conversationId in await transaction.ConversationsOfAsync(userId, cancellationToken))
        {
            await Membership.RemoveAsync(transaction, changes, conversationId, userId, MemberEndReasons.AccountDeleted, cancellationToken);
        }

        await transaction.UnsendAllByAsync(userId, cancellationToken);
        await transaction.DeleteReactionsByAsync(userId, cancellationToken);
        await transaction.DeleteBlocksOfAsync(userId, cancellationToken);
        await transaction.DeleteIdempotencyKeysOfAsync(userId, cancellationToken);
        var activity = new ActivityChanges(transaction);
        await ActivityWrites.RemoveUserAsync(transaction, activity, userId, cancellationToken);
        await activity.FlushAsync(cancellationToken);
        await transaction.DeleteStreamOfAsync(userId, cancellationToken);
    }

    public Task SettingsChangedAsync(IMessagingTransaction transaction, UserSettings? previous, UserSettings current, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
