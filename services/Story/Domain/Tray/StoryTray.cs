using Social.KnownUsers;
using Social.Story.Domain.Access;
using Social.Story.Domain.Stories;
using Social.Story.Storage;

namespace Social.Story.Domain.Tray;

/// <summary>
/// The viewer's tray, read from their stored rows (<see cref="StoredTrayRules"/>, filled by <see cref="TrayFanOut"/>)
/// in the tray's order from the cursor on: its cost follows the page, not the number of accounts followed. For each
/// batch of rows it reads the owners' live stories and the viewer's seen marks, and asks Graph about those owners only
/// (one call per hundred), so what a page shows is decided now: expired stories, unfollows, blocks, mutes and audiences
/// are applied at read. A row that no longer matches the owner's live stories (one expired or was deleted) is
/// recomputed before it is used, so the order is exact. Broadcasts (owners above the fan-out limit) are merged in from
/// one small query of the owners broadcasting now.
/// </summary>
public sealed class StoryTray(IStoryStore store, Viewers viewers, IProfileDirectory profiles, TimeProvider clock)
{
    /// <summary>Times a read starts over because a recomputed row moved into what it had already passed (a post racing it).</summary>
    private const int MaxRestarts = 3;

    private const int MaxBatch = 500;

    /// <summary>
    /// Recomputations one read makes before it takes rows as they are (each fixes every stale row of a batch, so only a
    /// storm of racing writes reaches it; the page's content is decided from live stories either way).
    /// </summary>
    private const int MaxRecomputations = 64;

    public async Task<TrayPage> ReadAsync(Guid viewer, TrayPosition? after, int limit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var broadcasters = (await store.BroadcastingOwnersAsync(now, cancellationToken)).Where(owner => owner != viewer).ToHashSet();
        var broadcasts = await BroadcastEntriesAsync(viewer, broadcasters, after, now, cancellationToken);
        List<TrayEntry>? entries = null;
        for (var restarts = 0; entries is null; restarts++)
        {
            entries = await StoredEntriesAsync(viewer, after, limit, now, broadcasters, broadcasts, restarts < MaxRestarts, cancellationToken);
        }

        var page = TrayRules.Order(entries).Take(limit).ToList();
        var cards = page.Count == 0 ? new Dictionary<Guid, ProfileCard>() : await profiles.GetAsync([.. page.Select(entry => entry.OwnerId)], cancellationToken);
        return new TrayPage(page, cards, entries.Count > limit ? page[^1].Position : null);
    }

    /// <summary>
    /// Up to <paramref name="limit"/> + 1 entries after <paramref name="after"/>, broadcasts merged in; null when a
    /// recomputed row moved before rows already passed and <paramref name="mayRestart"/>, so the read starts over.
    /// </summary>
    private async Task<List<TrayEntry>?> StoredEntriesAsync(
        Guid viewer, TrayPosition? after, int limit, DateTimeOffset now, HashSet<Guid> broadcasters, IReadOnlyList<TrayEntry> broadcasts, bool mayRestart,
        CancellationToken cancellationToken)
    {
        var entries = new List<TrayEntry>();
        var handled = new HashSet<Guid>();
        var nextBroadcast = 0;
        var position = after;
        var batch = Math.Max(limit + 2, 8);
        var recomputations = 0;
        while (entries.Count <= limit)
        {
            var fetched = await store.ListTrayRowsAsync(viewer, position, batch, cancellationToken);
            var full = fetched.Count == batch;
            var rows = full ? WholeOwners(fetched) : fetched;
            var owners = rows.Select(row => row.OwnerId).Where(owner => !broadcasters.Contains(owner)).Distinct().ToList();
            var live = (await store.LiveStoriesAsync(owners, now, cancellationToken)).ToLookup(story => story.OwnerId);
            var seen = await store.SeenAsync(viewer, [.. live.SelectMany(stories => stories).Select(story => story.StoryId)], cancellationToken);
            if (recomputations < MaxRecomputations && Stale(viewer, rows.Where(row => !broadcasters.Contains(row.OwnerId)), live, seen) is { Count: > 0 } stale)
            {
                recomputations++;
                var recomputed = await RecomputeAsync(viewer, stale, now, cancellationToken);
                if (mayRestart && position != after && recomputed.Any(row => !TrayRules.Precedes(position!, row.Position)))
                {
                    return null;
                }

                continue; // The same batch again, from rows that match.
            }

            var facts = await viewers.FactsAsync(viewer, owners, cancellationToken);
            foreach (var row in rows.Where(row => !broadcasters.Contains(row.OwnerId) && !handled.Contains(row.OwnerId)))
            {
                var ownerFacts = facts[row.OwnerId];
                var shown = live[row.OwnerId].Where(story => TrayRules.Shows(ownerFacts, story)).ToList();
                if (shown.Count == 0)
                {
                    handled.Add(row.OwnerId);
                    continue;
                }

                // The owner's place is the row that counts exactly the stories this viewer may see; rows counting more lie earlier.
                if (row.Reach != StoredTrayRules.RowFor(StoredTrayRules.Admitted(ownerFacts.Relationship), viewer, row.OwnerId, live[row.OwnerId]))
                {
                    continue;
                }

                handled.Add(row.OwnerId);
                var entry = TrayRules.Entries(shown, seen)[0];
                if (after is not null && !TrayRules.Precedes(after, entry.Position))
                {
                    continue; // Shown on an earlier page, from a row of a wider reach.
                }

                while (nextBroadcast < broadcasts.Count && TrayRules.Precedes(broadcasts[nextBroadcast].Position, entry.Position))
                {
                    entries.Add(broadcasts[nextBroadcast++]);
                }

                entries.Add(entry);
            }

            if (!full)
            {
                entries.AddRange(broadcasts.Skip(nextBroadcast));
                break;
            }

            position = rows[^1].Position;
            batch = Math.Min(batch * 2, MaxBatch);
        }

        return entries;
    }

    /// <summary>Recomputes the stale owners' rows in one write; the rows now stored.</summary>
    private Task<List<TrayRow>> RecomputeAsync(Guid viewer, IReadOnlyCollection<Guid> owners, DateTimeOffset now, CancellationToken cancellationToken) =>
        store.WriteAsync(async (transaction, ct) =>
        {
            var rows = new List<TrayRow>();
            foreach (var owner in owners)
            {
                rows.AddRange(await TrayRefresh.RefreshAsync(transaction, viewer, owner, now, onlyIfPresent: false, ct));
            }

            return rows;
        }, cancellationToken);

    /// <summary>The entries of followed broadcasting owners the viewer may see, after the cursor, in the tray's order, computed now.</summary>
    private async Task<IReadOnlyList<TrayEntry>> BroadcastEntriesAsync(
        Guid viewer, HashSet<Guid> broadcasters, TrayPosition? after, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (broadcasters.Count == 0)
        {
            return [];
        }

        var facts = await viewers.FactsAsync(viewer, broadcasters, cancellationToken);
        var followed = broadcasters.Where(owner => facts[owner].Relationship.Following).ToList();
        var shown = (await store.LiveStoriesAsync(followed, now, cancellationToken)).Where(story => TrayRules.Shows(facts[story.OwnerId], story)).ToList();
        var seen = await store.SeenAsync(viewer, [.. shown.Select(story => story.StoryId)], cancellationToken);
        return [.. TrayRules.Entries(shown, seen).Where(entry => after is null || TrayRules.Precedes(after, entry.Position))];
    }

    /// <summary>
    /// A full batch may end inside one owner's rows at one place: those are left for the next batch, which starts after
    /// the last whole owner (an owner has at most four rows, fewer than any batch).
    /// </summary>
    private static List<TrayRow> WholeOwners(IReadOnlyList<TrayRow> rows)
    {
        var last = rows[^1].Position;
        return [.. rows.Where(row => row.Position != last)];
    }

    /// <summary>Owners with a row that is not what their live stories and the viewer's seen marks make now.</summary>
    private static HashSet<Guid> Stale(Guid viewer, IEnumerable<TrayRow> rows, ILookup<Guid, StoryRecord> live, IReadOnlySet<Guid> seen)
    {
        var stale = new HashSet<Guid>();
        foreach (var owner in rows.GroupBy(row => row.OwnerId))
        {
            var wanted = StoredTrayRules.Rows(viewer, owner.Key, live[owner.Key], seen.Contains);
            if (owner.Any(row => !wanted.Contains(row)))
            {
                stale.Add(owner.Key);
            }
        }

        return stale;
    }
}
