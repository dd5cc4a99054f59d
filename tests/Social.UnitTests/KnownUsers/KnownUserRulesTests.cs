using Social.KnownUsers;

namespace Social.UnitTests.KnownUsers;

/// <summary>The replica's rules hold whatever arrived first, whatever the order of events.</summary>
public sealed class KnownUserRulesTests
{
    private static readonly Guid User = Guid.CreateVersion7();
    private static readonly DateTimeOffset Noon = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_deleted_account_is_never_added_again() => Assert.False(KnownUserRules.MayAdd(deleted: true));

    [Fact]
    public void An_account_never_deleted_may_be_added() => Assert.True(KnownUserRules.MayAdd(deleted: false));

    [Fact]
    public void The_first_settings_apply() =>
        Assert.True(KnownUserRules.MayApply(null, UserSettings.DefaultsFor(User) with { ChangedAt = Noon }));

    [Fact]
    public void Newer_settings_replace_older_ones() =>
        Assert.True(KnownUserRules.MayApply(Settings(Noon), Settings(Noon.AddTicks(1))));

    [Fact]
    public void Older_or_equal_settings_change_nothing()
    {
        Assert.False(KnownUserRules.MayApply(Settings(Noon), Settings(Noon.AddTicks(-1))));
        Assert.False(KnownUserRules.MayApply(Settings(Noon), Settings(Noon)));
    }

    [Fact]
    public void Settings_learned_from_profile_lose_to_any_settings_event()
    {
        var learned = KnownUserRules.Learned(User, isPrivate: true);

        Assert.True(learned.IsPrivate);
        Assert.True(KnownUserRules.MayApply(learned, Settings(DateTimeOffset.UnixEpoch.AddTicks(1))));
        Assert.False(KnownUserRules.MayApply(Settings(DateTimeOffset.UnixEpoch.AddTicks(1)), learned));
    }

    private static UserSettings Settings(DateTimeOffset changedAt) => UserSettings.DefaultsFor(User) with { ChangedAt = changedAt };
}
