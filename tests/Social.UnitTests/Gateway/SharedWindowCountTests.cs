using Social.Gateway.RateLimiting;
using Social.Gateway.RateLimiting.Shared;

namespace Social.UnitTests.Gateway;

/// <summary>
/// The shared counters' request and the decisions their answer makes: the limits that apply, in the limiter's order,
/// and the same decision as the in-memory counting for the same counts.
/// </summary>
public sealed class SharedWindowCountTests
{
    // 15 s into a minute: a one-minute window resets 45 s later.
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 12, 0, 15, TimeSpan.Zero);

    private static readonly WindowRule[] Rules =
    [
        new("sign-in per handle", WindowLimit.PerMinute(2), subject => subject.SignInHandle),
        new("per user", WindowLimit.PerMinute(5), subject => subject.UserId),
        new("per address", new WindowLimit { PermitLimit = 10, Window = TimeSpan.FromHours(1) }, subject => subject.ClientAddress),
    ];

    [Fact]
    public void Only_the_limits_that_apply_are_counted_in_the_limiters_order_each_with_its_limit_and_window()
    {
        var count = SharedWindowCount.For(Rules, new RateLimitSubject(Now, "203.0.113.7", "user-1", SignInHandle: null, IsSignUp: false));

        Assert.Equal(2, count.Keys.Length);
        Assert.Equal(
            [SharedCounterKey.Window("per user", "user-1", Now.UtcTicks / TimeSpan.TicksPerMinute), SharedCounterKey.Window("per address", "203.0.113.7", Now.UtcTicks / TimeSpan.TicksPerHour)],
            count.Keys.Select(key => (string)key!));
        // Each counter lives until its window ends: 45 s, and 59 min 45 s.
        Assert.Equal([5L, 45_000L, 10L, 3_585_000L], count.Arguments.Select(argument => (long)argument));
    }

    [Fact]
    public void Granted_by_every_limit_the_tightest_one_is_the_standing()
    {
        var count = SharedWindowCount.For(Rules, Subject("ana"));

        var decision = count.Decide([0, 1, 5, 3]);

        Assert.True(decision.IsGranted);
        Assert.Equal(new RateLimitStatus(5, 0, TimeSpan.FromSeconds(45)), decision.Status);
    }

    [Fact]
    public void Refused_by_a_limit_the_decision_names_it_with_none_remaining_until_its_window_resets()
    {
        var count = SharedWindowCount.For(Rules, Subject("ana"));

        var decision = count.Decide([3, 1, 4]);

        Assert.Equal("per address", decision.RefusedBy);
        Assert.Equal(new RateLimitStatus(10, 0, TimeSpan.FromMinutes(59.75)), decision.Status);
    }

    [Theory]
    [InlineData(new long[0])]
    [InlineData(new long[] { 4, 1, 1, 1 })]
    [InlineData(new long[] { 0, 1 })]
    [InlineData(new long[] { 2, 1, 1 })]
    public void An_answer_that_does_not_fit_the_request_is_an_error_not_a_decision(long[] answer)
    {
        var count = SharedWindowCount.For(Rules, Subject("ana"));

        Assert.Throws<FormatException>(() => count.Decide(answer));
    }

    [Fact]
    public void Keys_never_carry_what_a_client_sent_and_differ_by_limit_key_and_window()
    {
        const string handle = "ana}:window:1:{*";

        var key = SharedCounterKey.Window("sign-in per handle", handle, 7);

        Assert.StartsWith("social:gateway:window:7:", key, StringComparison.Ordinal);
        Assert.DoesNotContain("ana", key, StringComparison.Ordinal);
        Assert.Equal(key, SharedCounterKey.Window("sign-in per handle", handle, 7));
        Assert.NotEqual(key, SharedCounterKey.Window("per user", handle, 7));
        Assert.NotEqual(key, SharedCounterKey.Window("sign-in per handle", handle + " ", 7));
        Assert.NotEqual(key, SharedCounterKey.Window("sign-in per handle", handle, 8));
        Assert.NotEqual(SharedCounterKey.OpenStreams("user:" + handle), SharedCounterKey.Window("open streams", "user:" + handle, 0));
    }

    private static RateLimitSubject Subject(string handle) =>
        new(Now, "203.0.113.7", "user-1", handle, IsSignUp: false);
}
