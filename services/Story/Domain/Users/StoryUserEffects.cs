using Social.KnownUsers;
using Social.Story.Storage;

namespace Social.Story.Domain.Users;

/// <summary>What an account's deletion means for Story, in the transaction that applies it.</summary>
public sealed class StoryUserEffects : IKnownUserEffects<IStoryTransaction>
{
    /// <summary>The user's stories go with every view of them; their views and likes of others' stories, their highlights, replies, blocks and keys go too.</summary>
    public async Task UserRemovedAsync(IStoryTransaction transaction, Guid userId, CancellationToken cancellationToken)
    {
        await transaction.DeleteAllOfAsync(userId, cancellationToken);
        await transaction.DeleteBlocksOfAsync(userId, cancellationToken);
        await transaction.DeleteIdempotencyKeysOfAsync(userId, cancellationToken);
    }

    public Task SettingsChangedAsync(IStoryTransaction transaction, UserSettings? previous, UserSettings current, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
