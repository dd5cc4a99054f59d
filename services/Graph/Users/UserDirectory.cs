using Social.Contracts.Profile.V1;
using Social.Graph.Storage;
using Social.EventBus.Inbox;

namespace Social.Graph.Users;

/// <summary>
/// Graph learns of accounts from Profile's events, a moment after they are created. A call that names a user the
/// graph does not know yet asks Profile (the owner of accounts) instead of failing, and records what it learns as the
/// event would: once per user (the receipt is the user's id), never for a deleted account, and with the account's
/// privacy, so that a follow of a private account is still a request. Only misses pay for this.
/// </summary>
public sealed class UserDirectory(IGraphStore store, ProfileService.ProfileServiceClient profiles, TimeProvider clock)
{
    private const string ReadThrough = "graph.user-read-through";

    /// <summary>Learns whichever of <paramref name="users"/> Profile knows; true when any was learned.</summary>
    public async Task<bool> LearnAsync(IReadOnlyCollection<Guid> users, CancellationToken cancellationToken)
    {
        var request = new GetProfilesRequest();
        request.Ids.AddRange(users.Select(user => user.ToString()));
        var found = await profiles.GetProfilesAsync(request, cancellationToken: cancellationToken);
        foreach (var profile in found.Items)
        {
            var userId = Guid.Parse(profile.UserId);
            var receipt = new MessageReceipt(ReadThrough, userId);
            await store.AddUserAsync(new GraphUser(userId, profile.Handle, clock.GetUtcNow()), receipt, cancellationToken);
            // The oldest possible time: any settings event from Profile is newer and wins.
            await store.ApplySettingsAsync(
                UserSettings.DefaultsFor(userId) with { IsPrivate = profile.IsPrivate, ChangedAt = DateTimeOffset.UnixEpoch },
                receipt with { Consumer = ReadThrough + ".settings" },
                cancellationToken);
        }

        return found.Items.Count > 0;
    }
}
