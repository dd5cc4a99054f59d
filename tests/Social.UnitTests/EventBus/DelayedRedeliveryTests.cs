using Microsoft.Extensions.Configuration;
using Social.EventBus;
using Social.EventBus.Redelivery;

namespace Social.UnitTests.EventBus;

/// <summary>Which delay queues an endpoint gets, from configuration.</summary>
public sealed class DelayedRedeliveryTests
{
    [Theory]
    [InlineData(200, "graph-account-created_delay_200ms")]
    [InlineData(1_500, "graph-account-created_delay_1500ms")]
    [InlineData(90_000, "graph-account-created_delay_90s")]
    [InlineData(300_000, "graph-account-created_delay_5m")]
    [InlineData(5_400_000, "graph-account-created_delay_90m")]
    [InlineData(21_600_000, "graph-account-created_delay_6h")]
    public void A_delay_queue_is_named_after_its_endpoint_and_its_delay(int milliseconds, string name)
    {
        var queue = new DelayQueueTopology("graph-account-created", TimeSpan.FromMilliseconds(milliseconds));

        Assert.Equal(name, queue.Name);
        Assert.Equal(new Uri("exchange:" + name), queue.Address);
    }

    [Fact]
    public void Configured_delays_replace_the_defaults_rather_than_adding_to_them()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["EventBus:Redelivery:Delays:0"] = "00:00:00.200",
            ["EventBus:Redelivery:Delays:1"] = "00:00:00.500",
        }).Build();

        var options = configuration.GetSection(EventBusOptions.SectionName).Get<EventBusOptions>()!;

        Assert.Equal([TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500)], options.Redelivery.EffectiveDelays);
    }

    [Fact]
    public void Without_configuration_a_message_waits_from_a_minute_up_to_six_hours()
    {
        var options = new ConfigurationBuilder().Build().GetSection(EventBusOptions.SectionName).Get<EventBusOptions>() ?? new EventBusOptions();

        Assert.Equal(
            [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(6)],
            options.Redelivery.EffectiveDelays);
    }

    [Fact]
    public void Each_delay_has_one_queue_and_a_delay_not_configured_has_none()
    {
        var queues = new DelayQueues("q", [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)]);

        Assert.Equal(["q_delay_1m", "q_delay_5m"], queues.All.Select(q => q.Name).Order(StringComparer.Ordinal));
        Assert.Equal("q_delay_5m", queues.Waiting(TimeSpan.FromMinutes(5)).Name);
        Assert.Throws<InvalidOperationException>(() => queues.Waiting(TimeSpan.FromMinutes(2)));
    }
}
