using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Social.Testing;

namespace Social.EndToEndTests;

/// <summary>
/// Two of everything: the flows a client depends on work the same when every service and the gateway run as two
/// instances over one data directory. Signing in on one Profile instance and refreshing on the other shows that both
/// sign with one key and share one token store; reuse of a redeemed refresh token is caught across instances.
/// </summary>
public sealed class ReplicasThroughGatewayTests(ReplicatedSuiteFixture suite) : IClassFixture<ReplicatedSuiteFixture>
{
    private static readonly TimeSpan Patience = GatewayClient.Patience;
    private readonly GatewayClient _client = new(suite);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sign_in_on_one_instance_refresh_on_the_other_then_follow_block_and_delete()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        timeout.CancelAfter(Patience);
        var profiles = await suite.InstancesOfAsync("profile", timeout.Token);
        Assert.Equal(ReplicatedSuiteFixture.Replicas, profiles.Distinct().Count());

        var ana = await _client.SignedInUserAsync("rep_ana");
        var bob = await _client.SignedInUserAsync("rep_bob");

        // Signed in at the first instance, refreshed at the second, then at the first again.
        var signIn = await TokenAsync(profiles[0], new() { ["grant_type"] = "password", ["username"] = ana.Handle, ["password"] = GatewayClient.Password });
        var atSecond = await TokenAsync(profiles[1], Refresh(signIn));
        var atFirst = await TokenAsync(profiles[0], Refresh(atSecond));
        using (var me = await _client.SendAsync(ana with { Token = Access(atFirst) }, HttpMethod.Get, "/api/v1/me"))
        {
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        }

        // The second instance sees that the first already redeemed this token: reuse, and the chain is revoked.
        await TokenAsync(profiles[1], Refresh(atSecond), HttpStatusCode.BadRequest);
        await TokenAsync(profiles[1], Refresh(atFirst), HttpStatusCode.BadRequest);

        // Follow: the count travels from Graph to Profile as an event, relayed once by whichever instance holds the lease.
        using (var follow = await _client.SendAsync(ana, HttpMethod.Put, $"/api/v1/me/following/{bob.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, follow.StatusCode);
        }

        await Eventually.ReturnsAsync(() => _client.ProfileFieldAsync(ana, bob, "followersCount"), count => count == "1", Patience, "Bob's follower count");

        // Block: severed and invisible, whichever gateway and Graph instance answers.
        using (var block = await _client.SendAsync(bob, HttpMethod.Put, $"/api/v1/me/blocks/{ana.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, block.StatusCode);
        }

        for (var call = 0; call < 4; call++)
        {
            Assert.Null(await _client.ProfileFieldAsync(ana, bob, "handle"));
            Assert.Empty(await _client.ListAsync(bob, $"/api/v1/users/{bob.Id}/followers"));
        }

        // Delete: every instance of every service refuses Bob's token once the revocation reached it.
        using (var delete = await _client.SendAsync(bob, HttpMethod.Delete, "/api/v1/me", $$"""{"password":"{{GatewayClient.Password}}"}"""))
        {
            Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        }

        await Eventually.ReturnsAsync(() => RefusalsInARowAsync(bob, 8), refused => refused, Patience, "every instance to refuse a deleted user's token");
    }

    [Fact]
    public async Task A_users_rate_limit_budget_is_one_across_both_gateway_instances()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        timeout.CancelAfter(Patience);
        var gateways = await suite.InstancesOfAsync("gateway", timeout.Token);
        Assert.Equal(ReplicatedSuiteFixture.Replicas, gateways.Distinct().Count());
        var ana = await _client.SignedInUserAsync("rep_rate");

        var standings = new List<(int Limit, int Remaining)>();
        for (var call = 0; call < 4; call++)
        {
            standings.Add(await StandingAsync(gateways[call % 2], ana));
        }

        // The per-user limit (300 a minute) is the tightest, and each instance counts on from the other's count:
        // counted apart, alternate calls could not come down one at a time.
        Assert.All(standings, standing => Assert.Equal(300, standing.Limit));
        Assert.Equal(Enumerable.Range(0, 4).Select(call => standings[0].Remaining - call), standings.Select(standing => standing.Remaining));
    }

    private static async Task<(int Limit, int Remaining)> StandingAsync(Uri gateway, GatewayUser user)
    {
        using var http = new HttpClient { BaseAddress = gateway };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", user.Token);
        using var response = await http.SendAsync(request, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (int.Parse(response.Headers.GetValues("X-RateLimit-Limit").Single(), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(response.Headers.GetValues("X-RateLimit-Remaining").Single(), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Dictionary<string, string> Refresh(JsonElement tokens) =>
        new() { ["grant_type"] = "refresh_token", ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()! };

    private static string Access(JsonElement tokens) => tokens.GetProperty("access_token").GetString()!;

    private static async Task<JsonElement> TokenAsync(Uri instance, Dictionary<string, string> form, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var http = new HttpClient { BaseAddress = instance };
        form["client_id"] = "social-app";
        form["scope"] = "offline_access";
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(form), Cancellation);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
    }

    /// <summary>Calls that could reach any instance (through either gateway, to either Graph), all refused.</summary>
    private async Task<bool> RefusalsInARowAsync(GatewayUser user, int calls)
    {
        for (var call = 0; call < calls; call++)
        {
            using var response = await _client.SendAsync(user, HttpMethod.Get, $"/api/v1/users/{user.Id}/followers");
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                return false;
            }
        }

        return true;
    }
}
