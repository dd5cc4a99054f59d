namespace Social.EventBus;

/// <summary>Consumer retry policy, bound from <c>EventBus</c>. After the last retry a message goes to the error queue.</summary>
public sealed class EventBusOptions
{
    public const string SectionName = "EventBus";

    public int RetryLimit { get; set; } = 5;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(10);
}
