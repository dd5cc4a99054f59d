using Social.Contracts.Events;

namespace Social.FunctionalTests.Storage;

/// <summary>Pages of the activity inbox when a mute made since hides some of its entries: full pages, no gap, no repeat.</summary>
public abstract partial class MessagingStoreConformance
{
    [Fact]
    public async Task A_page_is_filled_past_entries_hidden_by_a_later_mute()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var muted = await NewUserAsync();
        var bobs = new List<Guid>();
        // Newest first the inbox reads: four of muted's, one of bob's, two of muted's, four of bob's.
        foreach (var liker in new[] { bob, bob, bob, bob, muted, muted, bob, muted, muted, muted, muted })
        {
            var item = Guid.CreateVersion7();
            await Messaging.DeliverAsync(new ContentLiked { ContentId = item, OwnerId = ana, UserId = liker, At = Clock.GetUtcNow() }, Receipt());
            if (liker == bob)
            {
                bobs.Insert(0, item);
            }
        }

        Messaging.Relationships.Mute(ana, muted);

        var first = await Messaging.Activity.ListAsync(ana, null, 3, Cancellation);
        Assert.Equal(bobs.Take(3), first.Items.Select(e => e.Entry.ContentId!.Value));
        Assert.NotNull(first.Next);
        var second = await Messaging.Activity.ListAsync(ana, first.Next, 3, Cancellation);
        Assert.Equal(bobs.Skip(3), second.Items.Select(e => e.Entry.ContentId!.Value));
        Assert.Null(second.Next);
    }

    [Fact]
    public async Task A_page_of_an_inbox_hidden_beyond_its_reads_is_short_and_goes_on_where_it_stopped()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var muted = await NewUserAsync();
        var bobsItem = Guid.CreateVersion7();
        await Messaging.DeliverAsync(new ContentLiked { ContentId = bobsItem, OwnerId = ana, UserId = bob, At = Clock.GetUtcNow() }, Receipt());
        for (var i = 0; i < (Social.Messaging.Domain.Activity.ActivityReads.MaxReads * 2) + 1; i++)
        {
            await Messaging.DeliverAsync(new ContentLiked { ContentId = Guid.CreateVersion7(), OwnerId = ana, UserId = muted, At = Clock.GetUtcNow() }, Receipt());
        }

        Messaging.Relationships.Mute(ana, muted);

        // Pages of 2: the first reads its ranges of muted's entries and stops; the next goes on and finds bob's.
        var first = await Messaging.Activity.ListAsync(ana, null, 2, Cancellation);
        Assert.Empty(first.Items);
        Assert.NotNull(first.Next);
        var second = await Messaging.Activity.ListAsync(ana, first.Next, 2, Cancellation);
        Assert.Equal([bobsItem], second.Items.Select(e => e.Entry.ContentId!.Value));
        Assert.Null(second.Next);
    }
}
