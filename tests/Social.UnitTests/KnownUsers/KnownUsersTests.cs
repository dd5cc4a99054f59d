using Social.EventBus.Inbox;
using Social.KnownUsers;

namespace Social.UnitTests.KnownUsers;

/// <summary>Profile's account events applied to a service's replica once each, in any order, with the service's consequences.</summary>
public sealed class KnownUsersTests
{
    private static readonly DateTimeOffset Noon = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly InMemoryKnownUsersStore _store = new();
    private readonly RecordingEffects _effects = new();
    private readonly KnownUser _ana = new(Guid.CreateVersion7(), "ana", Noon);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private KnownUsers<IKnownUsersTransaction> Users(IAccountSource? accounts = null) => new(_store, _effects, new KnownUsersScope("test"), accounts);

    private static MessageReceipt Receipt() => new("test.consumer", Guid.CreateVersion7());

    [Fact]
    public async Task A_redelivered_event_is_applied_once()
    {
        var receipt = Receipt();

        Assert.True(await Users().AddAsync(_ana, receipt, Cancellation));
        Assert.False(await Users().AddAsync(_ana with { Handle = "changed" }, receipt, Cancellation));

        Assert.Equal("ana", _store.Users[_ana.UserId].Handle);
    }

    [Fact]
    public async Task A_deletion_consumed_before_the_creation_keeps_the_account_gone()
    {
        await Users().RemoveAsync(_ana.UserId, Receipt(), Cancellation);
        await Users().AddAsync(_ana, Receipt(), Cancellation);

        Assert.Empty(_store.Users);
        Assert.Contains(_ana.UserId, _store.Deleted);
    }

    [Fact]
    public async Task A_deletion_runs_the_service_consequences_while_the_user_is_still_there_then_forgets_them()
    {
        await Users().AddAsync(_ana, Receipt(), Cancellation);

        await Users().RemoveAsync(_ana.UserId, Receipt(), Cancellation);

        Assert.Equal([(_ana.UserId, true)], _effects.Removed);
        Assert.Empty(_store.Users);
    }

    [Fact]
    public async Task Older_settings_arriving_late_change_nothing_and_tell_the_service_nothing()
    {
        var current = UserSettings.DefaultsFor(_ana.UserId) with { IsPrivate = false, ChangedAt = Noon };
        await Users().ApplySettingsAsync(current, Receipt(), Cancellation);

        await Users().ApplySettingsAsync(current with { IsPrivate = true, ChangedAt = Noon.AddSeconds(-1) }, Receipt(), Cancellation);

        Assert.False(_store.Settings[_ana.UserId].IsPrivate);
        Assert.Equal([(null, current)], _effects.SettingsChanges);
    }

    [Fact]
    public async Task Learning_from_profile_records_the_account_with_its_privacy_but_never_revives_a_deleted_one()
    {
        var bo = new KnownUser(Guid.CreateVersion7(), "bo", Noon);
        await Users().RemoveAsync(bo.UserId, Receipt(), Cancellation);

        Assert.True(await Users(new StaticAccountSource((_ana, true), (bo, false))).LearnAsync([_ana.UserId, bo.UserId], Cancellation));

        Assert.Equal([_ana.UserId], _store.Users.Keys);
        Assert.True(_store.Settings[_ana.UserId].IsPrivate);
    }

    [Fact]
    public async Task A_settings_event_after_learning_wins_over_what_was_learned()
    {
        await Users(new StaticAccountSource((_ana, true))).LearnAsync([_ana.UserId], Cancellation);

        await Users().ApplySettingsAsync(UserSettings.DefaultsFor(_ana.UserId) with { IsPrivate = false, ChangedAt = Noon }, Receipt(), Cancellation);

        Assert.False(_store.Settings[_ana.UserId].IsPrivate);
    }
}
