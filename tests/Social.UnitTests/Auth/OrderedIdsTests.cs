using Social.ServiceDefaults.Ids;

namespace Social.UnitTests.Auth;

public sealed class OrderedIdsTests
{
    [Fact]
    public void Ids_made_in_one_millisecond_keep_the_order_they_were_made_in_and_stay_valid_version_7()
    {
        var at = new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);
        var generator = new OrderedIds();
        var ids = Enumerable.Range(0, 1000).Select(_ => generator.Next(at)).ToList();

        Assert.Equal(ids.Select(id => id.ToString()).Order(StringComparer.Ordinal), ids.Select(id => id.ToString()));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(7, id.Version));
        Assert.All(ids, id => Assert.Contains(id.ToString()[19], "89ab"));
        Assert.All(ids, id => Assert.StartsWith(Guid.CreateVersion7(at).ToString()[..13], id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void A_later_millisecond_sorts_after_and_an_earlier_one_still_carries_its_own_time()
    {
        var at = new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);
        var generator = new OrderedIds();
        var first = generator.Next(at);
        var later = generator.Next(at.AddMilliseconds(1));
        var earlier = generator.Next(at.AddDays(-1));

        Assert.True(string.CompareOrdinal(first.ToString(), later.ToString()) < 0);
        Assert.StartsWith(Guid.CreateVersion7(at.AddDays(-1)).ToString()[..13], earlier.ToString(), StringComparison.Ordinal);
    }
}
