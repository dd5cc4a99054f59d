using Microsoft.Extensions.Options;
using Social.Relationships;
using Social.Storage.FanOuts;
using Social.Story.Domain.Stories;
using Social.Story.Storage;

namespace Social.Story.Domain.Tray;

/// <summary>
/// Carries a post into its owner's followers' stored trays, one page of followers per transaction
/// (<see cref="StoryOptions.FanOutBatchSize"/>), from the <see cref="PendingTrayFanOut"/> the post recorded with the
/// story. The first batch asks Graph for the owner's follower count: above <see cref="StoryOptions.FanOutFollowerLimit"/>
/// the story is recorded as a broadcast instead, which trays merge on read, so a celebrity's post writes two rows
/// whatever their follower count. Each batch recomputes the followers' rows from the owner's live stories, so running
/// it twice, late, or after the story is gone changes nothing wrong.
/// </summary>
public sealed class TrayFanOut(
    IStoryStore store, IFollowerSource followers, FanOutSignal<TrayFanOut> signal, IOptions<StoryOptions> options, TimeProvider clock) : IFanOutWork
{
    /// <summary>Runs one batch of the oldest pending fan-out; false when nothing was pending.</summary>
    public async Task<bool> RunBatchAsync(CancellationToken cancellationToken)
    {
        if (await store.NextTrayFanOutAsync(cancellationToken) is not { } work)
        {
            return false;
        }

        await RunBatchAsync(work, cancellationToken);
        return true;
    }

    /// <summary>
    /// The post's own first batch, run as it answers: an ordinary owner's followers see the story at once, and the
    /// worker is woken for whatever is left (or finds it by polling if this instance stops first). The story is posted
    /// already, so a failure here (Graph unavailable) does not fail the post: the worker runs the batch again, and logs
    /// if it fails there too.
    /// </summary>
    public async Task StartAsync(PendingTrayFanOut work, CancellationToken cancellationToken)
    {
        try
        {
            await RunBatchAsync(work, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Left pending for the worker.
        }
        finally
        {
            signal.Notify();
        }
    }

    /// <summary>Runs batches until nothing is pending (tests, and measuring a whole fan-out).</summary>
    public async Task RunUntilIdleAsync(CancellationToken cancellationToken)
    {
        while (await RunBatchAsync(cancellationToken))
        {
        }
    }

    private async Task RunBatchAsync(PendingTrayFanOut work, CancellationToken cancellationToken)
    {
        // Graph is asked before the transaction, so no write waits on a network call; the transaction then checks that
        // nobody ran this batch meanwhile.
        var broadcast = work.Cursor is null && await followers.CountAsync(work.OwnerId, cancellationToken) > options.Value.FanOutFollowerLimit;
        var (page, next) = broadcast
            ? ([], null)
            : await followers.PageAsync(work.OwnerId, work.Cursor, options.Value.FanOutBatchSize, cancellationToken);
        var now = clock.GetUtcNow();
        await store.WriteAsync(async (transaction, ct) =>
        {
            if (await transaction.ReadTrayFanOutAsync(work.StoryId, ct) is not { } current || current.Cursor != work.Cursor)
            {
                return false;
            }

            var story = await transaction.ReadStoryAsync(work.StoryId, ct);
            if (story is not null && StoryRules.IsLive(story, now))
            {
                if (broadcast)
                {
                    await transaction.InsertBroadcastAsync(story, ct);
                }
                else
                {
                    var live = await transaction.ReadLiveStoriesAsync(work.OwnerId, now, ct);
                    await TrayRefresh.RefreshAsync(transaction, page, work.OwnerId, live, ct);
                    if (next is not null)
                    {
                        await transaction.AdvanceTrayFanOutAsync(work.StoryId, next, ct);
                        return true;
                    }
                }
            }

            await transaction.CompleteTrayFanOutAsync(work.StoryId, ct);
            return true;
        }, cancellationToken);
    }
}
