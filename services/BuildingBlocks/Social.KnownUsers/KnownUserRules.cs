namespace Social.KnownUsers;

/// <summary>
/// The rules of the replica, in one place for every service and both databases. Events of different kinds may be
/// consumed out of order, so each rule holds whatever arrived first.
/// </summary>
public static class KnownUserRules
{
    /// <summary>A deleted account stays deleted: a late <c>AccountCreated</c> (or a read-through) cannot revive it.</summary>
    public static bool MayAdd(bool deleted) => !deleted;

    /// <summary>Settings replace the stored ones only when strictly newer: a late, older event changes nothing.</summary>
    public static bool MayApply(UserSettings? current, UserSettings incoming) =>
        current is null || incoming.ChangedAt > current.ChangedAt;

    /// <summary>
    /// Settings learned by reading Profile directly carry the oldest possible time: any settings event from Profile is
    /// newer and wins over them.
    /// </summary>
    public static UserSettings Learned(Guid userId, bool isPrivate) =>
        UserSettings.DefaultsFor(userId) with { IsPrivate = isPrivate, ChangedAt = DateTimeOffset.UnixEpoch };
}
