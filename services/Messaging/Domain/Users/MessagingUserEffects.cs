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
    /// activity inbox goes, and they leave everyone else's, batch by batch after this transaction.
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
        // Their activity may span millions of rows: it goes in bounded batches after this transaction (ActivityRemovals).
        // Meanwhile nothing new reaches or comes from them, since they are known deleted from now on.
        await transaction.ScheduleActivityRemovalAsync(userId, clock.GetUtcNow(), cancellationToken);
        await transaction.DeleteStreamOfAsync(userId, cancellationToken);
    }

    public Task SettingsChangedAsync(IMessagingTransaction transaction, UserSettings? previous, UserSettings current, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
