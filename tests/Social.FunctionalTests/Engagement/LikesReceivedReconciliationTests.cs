using Social.Contracts.Engagement.V1;
using Social.Engagement.Domain.Likes;
using Social.FunctionalTests.Infrastructure;
using Social.ServiceDefaults;
using Social.Testing;

namespace Social.FunctionalTests.Engagement;

/// <summary>
/// A profile's likes count equals the likes on the user's content: Engagement's reconciler finds and repairs a drifted
/// shard, and an announcement sets Profile right even after it lost an event or its count was damaged.
/// </summary>
public sealed class LikesReceivedReconciliationTests(EngagementSuiteFixture suite) : EngagementApiTestBase(suite)
{
    [Fact]
    public async Task A_repair_and_an_announcement_bring_the_profiles_likes_count_back_to_the_likes()
    {
        var ana = await Graph.NewUserAsync("lr");
        var bob = await Graph.NewUserAsync("lr");
        await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{await Api.PostAsync(ana)}/like", bob);
        await Api.ProfileLikesReachAsync(ana, 1);
        var shard = LikeCounterShards.Of(Guid.Parse(bob.Id));
        var client = await Api.InternalClientAsync();

        // Engagement's shard drifts, and Profile loses what it was told (as if the event had been dead-lettered).
        await SqliteProbe.ExecuteAsync(
            Services.DatabaseOf(ResourceNames.Engagement), "UPDATE likes_received SET likes = likes + 5 WHERE owner_id = $id", ("$id", ana.Id));
        await SqliteProbe.ExecuteAsync(
            Services.DatabaseOf(ResourceNames.Profile),
            "DELETE FROM likes_received WHERE user_id = $id; UPDATE profiles SET likes_count = 0 WHERE user_id = $id",
            ("$id", ana.Id));

        var report = await client.ReconcileCountersAsync(new ReconcileCountersRequest());
        var repair = await client.ReconcileCountersAsync(new ReconcileCountersRequest { Repair = true });
        var after = await client.ReconcileCountersAsync(new ReconcileCountersRequest());

        var drift = Assert.Single(report.LikesReceivedDrift);
        Assert.Equal((ana.Id, shard, 6L, 1L), (drift.UserId, drift.Shard, drift.StoredLikes, drift.ActualLikes));
        Assert.Equal((false, 0L), (report.Repaired, report.LikesReceivedAnnounced));
        Assert.Equal((true, 1L), (repair.Repaired, repair.LikesReceivedAnnounced));
        Assert.Equal(0, after.LikesReceivedDrifted);
        await Api.ProfileLikesReachAsync(ana, 1);

        // Profile's count is damaged where Engagement is right: only an announcement can tell Profile again.
        await SqliteProbe.ExecuteAsync(
            Services.DatabaseOf(ResourceNames.Profile),
            "UPDATE likes_received SET likes = 42 WHERE user_id = $id; UPDATE profiles SET likes_count = 42 WHERE user_id = $id",
            ("$id", ana.Id));
        await Api.ProfileLikesReachAsync(ana, 42);

        var announcement = await client.ReconcileCountersAsync(new ReconcileCountersRequest { AnnounceLikesReceived = true });

        Assert.True(announcement.LikesReceivedAnnounced >= 1);
        Assert.Equal(0, announcement.LikesReceivedDrifted);
        await Api.ProfileLikesReachAsync(ana, 1);
    }
}
