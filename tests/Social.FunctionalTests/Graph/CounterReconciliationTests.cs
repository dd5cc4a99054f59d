using System.Net;
using Social.Contracts.Graph.V1;
using Social.FunctionalTests.Infrastructure;
using Social.ServiceDefaults;
using Social.Testing;

namespace Social.FunctionalTests.Graph;

/// <summary>Counts equal edges: after an account deletion, and after the reconciler repairs a count that drifted.</summary>
public sealed class CounterReconciliationTests(SharedBroker broker) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private Suite _suite = null!;
    private GraphApi _api = null!;

    public async ValueTask InitializeAsync()
    {
        _suite = await Suite.StartAsync(broker.Node);
        _api = new GraphApi(_suite);
    }

    public ValueTask DisposeAsync() => _suite.DisposeAsync();

    [Fact]
    public async Task Deleting_an_account_fixes_the_counts_of_everyone_it_followed()
    {
        var leaver = await _api.NewUserAsync();
        var star = await _api.NewUserAsync();
        await _api.FollowAsync(leaver, star);
        await Eventually.ReturnsAsync(() => FollowersOnProfileAsync(star), count => count == "1", Patience, "the follow in the star's count");

        var deleted = await OAuthApi.DeleteMeAsync(_suite.Profile.CreateClient(), leaver.Token);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);

        await Eventually.ReturnsAsync(() => FollowersOnProfileAsync(star), count => count == "0", Patience, "the deletion in the star's count");
        Assert.Empty(await _api.ListAsync($"/api/v1/users/{star.Id}/followers", star));
    }

    [Fact]
    public async Task The_reconciler_reports_a_drifted_count_repairs_it_and_profile_shows_the_repair()
    {
        var fan = await _api.NewUserAsync();
        var star = await _api.NewUserAsync();
        await _api.FollowAsync(fan, star);
        await SqliteProbe.ExecuteAsync(_suite.DatabaseOf(ResourceNames.Graph), "UPDATE follow_counts SET followers = 7 WHERE user_id = $id", ("$id", star.Id));
        var graph = new GraphService.GraphServiceClient(_suite.Graph.CreateGrpcChannel(await _suite.InternalTokenAsync()));

        var report = await graph.ReconcileCountersAsync(new ReconcileCountersRequest { Repair = false });
        var repair = await graph.ReconcileCountersAsync(new ReconcileCountersRequest { Repair = true });
        var after = await graph.ReconcileCountersAsync(new ReconcileCountersRequest { Repair = false });

        var drift = Assert.Single(report.Drift);
        Assert.Equal((star.Id, 7L, 1L), (drift.UserId, drift.StoredFollowers, drift.ActualFollowers));
        Assert.False(report.Repaired);
        Assert.True(repair.Repaired);
        Assert.Equal(0, after.Drifted);
        Assert.Equal(1, (await _api.InternalUserAsync(star.Id))!.FollowersCount);
        await Eventually.ReturnsAsync(() => FollowersOnProfileAsync(star), count => count == "1", Patience, "the repaired count on the profile");
    }

    private async Task<string?> FollowersOnProfileAsync(TestUser user)
    {
        var response = await OAuthApi.GetMeAsync(_suite.Profile.CreateClient(), user.Token);
        return response.IsSuccessStatusCode ? (await ProfileApi.ReadJsonAsync(response)).GetProperty("followersCount").ToString() : null;
    }
}
