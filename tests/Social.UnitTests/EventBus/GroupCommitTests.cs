using Social.EventBus.Inbox;

namespace Social.UnitTests.EventBus;

public sealed class GroupCommitTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Messages_that_arrive_while_a_batch_is_applied_are_applied_together_in_the_next()
    {
        var calls = new List<IReadOnlyList<int>>();
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var commit = new GroupCommit<int>(
            async (items, _) =>
            {
                lock (calls)
                {
                    calls.Add(items);
                }

                if (items[0] == 0)
                {
                    firstStarted.SetResult();
                    await releaseFirst.Task;
                }

                return [.. items.Select(_ => true)];
            },
            maxBatch: 100);

        var first = commit.ApplyAsync(0, Cancellation);
        await firstStarted.Task.WaitAsync(Cancellation);
        var next = Enumerable.Range(1, 5).Select(i => commit.ApplyAsync(i, Cancellation)).ToList();
        releaseFirst.SetResult();
        await Task.WhenAll([first, .. next]);

        Assert.Equal([[0], [1, 2, 3, 4, 5]], calls.Select(c => c.ToArray()));
    }

    [Fact]
    public async Task A_batch_never_holds_more_than_its_limit()
    {
        var sizes = new List<int>();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var commit = new GroupCommit<int>(
            async (items, _) =>
            {
                await gate.Task;
                lock (sizes)
                {
                    sizes.Add(items.Count);
                }

                return [.. items.Select(_ => true)];
            },
            maxBatch: 3);

        var all = Enumerable.Range(0, 10).Select(i => commit.ApplyAsync(i, Cancellation)).ToList();
        gate.SetResult();
        await Task.WhenAll(all);

        Assert.Equal(10, sizes.Sum());
        Assert.All(sizes, size => Assert.InRange(size, 1, 3));
    }

    [Fact]
    public async Task Each_message_gets_its_own_answer()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var commit = new GroupCommit<int>(
            async (items, _) =>
            {
                await gate.Task;
                return [.. items.Select(i => i % 2 == 0)];
            },
            maxBatch: 100);

        var answers = Enumerable.Range(0, 6).Select(i => commit.ApplyAsync(i, Cancellation)).ToList();
        gate.SetResult();

        var results = await Task.WhenAll(answers);
        Assert.Equal(new[] { true, false, true, false, true, false }, results);
    }

    [Fact]
    public async Task A_failing_message_fails_alone_and_the_rest_of_its_batch_is_applied()
    {
        var applied = new List<int>();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var commit = new GroupCommit<int>(
            async (items, _) =>
            {
                await gate.Task;
                if (items.Contains(3))
                {
                    // One transaction for the batch: nothing of it is kept.
                    throw new InvalidOperationException("poison");
                }

                lock (applied)
                {
                    applied.AddRange(items);
                }

                return [.. items.Select(_ => true)];
            },
            maxBatch: 100);

        var answers = Enumerable.Range(0, 6).Select(i => commit.ApplyAsync(i, Cancellation)).ToList();
        gate.SetResult();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => answers[3]);
        Assert.Equal("poison", failure.Message);
        foreach (var i in new[] { 0, 1, 2, 4, 5 })
        {
            Assert.True(await answers[i]);
        }

        Assert.Equal([0, 1, 2, 4, 5], applied.Order());
    }

    [Fact]
    public async Task Stopping_tells_every_waiting_consumer_that_its_message_was_not_applied()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var commit = new GroupCommit<int>(
            async (_, stopping) =>
            {
                started.TrySetResult();
                await Task.Delay(Timeout.Infinite, stopping);
                return [];
            },
            maxBatch: 1);

        var running = commit.ApplyAsync(0, Cancellation);
        await started.Task.WaitAsync(Cancellation);
        var waiting = commit.ApplyAsync(1, Cancellation);
        await commit.DisposeAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => commit.ApplyAsync(2, Cancellation));
    }
}
