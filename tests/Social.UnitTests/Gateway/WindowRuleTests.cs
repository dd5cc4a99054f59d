using Social.Gateway.RateLimiting;

namespace Social.UnitTests.Gateway;

public sealed class WindowRuleTests
{
    // 15 s into a minute: a one-minute window resets 45 s later.
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 12, 0, 15, TimeSpan.Zero);

    [Fact]
    public void A_key_gets_exactly_the_limit_in_a_window_then_is_refused_until_it_resets()
    {
        var rule = PerMinute(3);

        var counted = Enumerable.Range(0, 4).Select(_ => rule.Count(Subject("ana", Now))!.Value).ToList();

        Assert.Equal([(true, 2), (true, 1), (true, 0), (false, 0)], counted.Select(c => (c.Granted, c.Status.Remaining)));
        Assert.All(counted, c => Assert.Equal((3, TimeSpan.FromSeconds(45)), (c.Status.Limit, c.Status.ResetAfter)));
        Assert.Equal((true, 2), Standing(rule.Count(Subject("ana", Now.AddMinutes(1)))));
        Assert.Equal((true, 2), Standing(rule.Count(Subject("bob", Now))));
    }

    [Fact]
    public void A_request_from_the_window_just_over_counts_in_the_current_one_and_resets_nothing()
    {
        var rule = PerMinute(3);
        rule.Count(Subject("ana", Now.AddMinutes(1)));

        Assert.Equal((true, 1), Standing(rule.Count(Subject("ana", Now))));
        Assert.Equal((true, 0), Standing(rule.Count(Subject("ana", Now.AddMinutes(1)))));
        Assert.Equal((false, 0), Standing(rule.Count(Subject("ana", Now.AddMinutes(1)))));
    }

    [Fact]
    public void A_limit_that_does_not_apply_counts_nothing()
    {
        var rule = new WindowRule("sign-in", WindowLimit.PerMinute(1), subject => subject.SignInHandle);

        Assert.Null(rule.Count(Subject("ana", Now)));
        Assert.Equal(0, rule.KeyCount);
    }

    [Fact]
    public async Task Concurrent_requests_of_one_key_are_granted_exactly_the_limit()
    {
        var rule = PerMinute(5_000);
        var granted = 0;

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 1_000; i++)
            {
                if (rule.Count(Subject("ana", Now))!.Value.Granted)
                {
                    Interlocked.Increment(ref granted);
                }
            }
        }, TestContext.Current.CancellationToken)));

        Assert.Equal(5_000, granted);
    }

    [Fact]
    public async Task Keys_idle_since_an_earlier_window_are_swept_out_once_a_new_window_begins()
    {
        var rule = PerMinute(10);
        foreach (var key in new[] { "ana", "bob", "carl" })
        {
            rule.Count(Subject(key, Now));
        }

        rule.Count(Subject("dana", Now.AddMinutes(1)));

        // The sweep runs in the background, started by the new window's first request.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (rule.KeyCount > 1 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        Assert.Equal(1, rule.KeyCount);
        Assert.Equal((true, 8), Standing(rule.Count(Subject("dana", Now.AddMinutes(1)))));
        Assert.Equal((true, 9), Standing(rule.Count(Subject("ana", Now.AddMinutes(1)))));
    }

    [Fact]
    public void A_retired_counter_takes_nothing_and_only_a_past_window_retires_it()
    {
        var window = Now.UtcTicks / TimeSpan.TicksPerMinute;
        var counter = new WindowCounter(window);

        Assert.Equal(1, counter.TryTake(window, 2));
        Assert.False(counter.TryRetire(window));
        Assert.Equal(2, counter.TryTake(window, 2));
        Assert.Equal(0, counter.TryTake(window, 2));
        Assert.True(counter.TryRetire(window + 1));
        Assert.Equal(WindowCounter.Retired, counter.TryTake(window + 1, 2));
    }

    [Theory]
    [InlineData(0x7FFF_FFFFL)]
    [InlineData(0xFFFF_FFFFL)]
    [InlineData(0x1_FFFF_FFFFL)]
    public void Window_numbers_wrap_around_their_32_bits_without_harm(long window)
    {
        var counter = new WindowCounter(window);

        Assert.Equal(1, counter.TryTake(window, 1));
        Assert.Equal(0, counter.TryTake(window, 1));
        Assert.Equal(1, counter.TryTake(window + 1, 1));
        Assert.Equal(0, counter.TryTake(window, 1));
    }

    private static WindowRule PerMinute(int limit) => new("per user", WindowLimit.PerMinute(limit), subject => subject.UserId);

    private static RateLimitSubject Subject(string user, DateTimeOffset at) => new(at, "203.0.113.7", user, null, IsSignUp: false);

    private static (bool Granted, int Remaining) Standing((bool Granted, RateLimitStatus Status)? counted) =>
        (counted!.Value.Granted, counted.Value.Status.Remaining);
}
