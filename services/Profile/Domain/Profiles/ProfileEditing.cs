using Social.Contracts.Events;
using Social.EventBus.Outbox;
using Social.Profile.Storage;

namespace Social.Profile.Domain.Profiles;

/// <summary>
/// Partial updates of one's own profile. A change of privacy or settings publishes <see cref="ProfileSettingsChanged"/>
/// in the same transaction, so Graph and Messaging apply exactly what was stored.
/// </summary>
public sealed class ProfileEditing(IProfileStore store, TimeProvider timeProvider)
{
    /// <summary>
    /// The updated profile, or why not: the account no longer exists, or fields are invalid (every one at once;
    /// nothing is stored).
    /// </summary>
    public async Task<ProfileEditResult> UpdateAsync(Guid userId, ProfileChanges changes, CancellationToken cancellationToken)
    {
        var violations = ProfileRules.Check(changes);
        if (violations.Count > 0)
        {
            return ProfileEditResult.Invalid(violations);
        }

        var updated = await store.UpdateProfileAsync(userId, current => Apply(current, changes), cancellationToken);
        return updated is null ? ProfileEditResult.AccountGone : ProfileEditResult.Updated(updated);
    }

    private ProfileUpdate Apply(ProfileRecord current, ProfileChanges changes)
    {
        var settings = new ProfileSettings(
            changes.WhoCanMessage ?? current.Settings.WhoCanMessage,
            changes.WhoCanComment ?? current.Settings.WhoCanComment,
            changes.WhoCanMention ?? current.Settings.WhoCanMention,
            changes.ReadReceipts ?? current.Settings.ReadReceipts,
            changes.WhoCanTag ?? current.Settings.WhoCanTag);
        var updated = current with
        {
            DisplayName = changes.DisplayName is { } name ? name.Trim() : current.DisplayName,
            Bio = changes.Bio ?? current.Bio,
            AvatarUrl = changes.AvatarUrl is { } avatar ? (avatar.Length == 0 ? null : avatar) : current.AvatarUrl,
            Links = changes.Links ?? current.Links,
            Pronouns = changes.Pronouns ?? current.Pronouns,
            IsPrivate = changes.IsPrivate ?? current.IsPrivate,
            Settings = settings,
        };

        if (updated.IsPrivate == current.IsPrivate && settings == current.Settings)
        {
            return new ProfileUpdate(updated, null);
        }

        var changed = new ProfileSettingsChanged
        {
            UserId = current.UserId,
            IsPrivate = updated.IsPrivate,
            WhoCanMessage = settings.WhoCanMessage,
            WhoCanComment = settings.WhoCanComment,
            WhoCanMention = settings.WhoCanMention,
            WhoCanTag = settings.WhoCanTag,
            ReadReceipts = settings.ReadReceipts,
            ChangedAt = timeProvider.GetUtcNow(),
        };
        return new ProfileUpdate(updated, OutboxMessage.Create(changed, current.UserId.ToString(), timeProvider));
    }
}
