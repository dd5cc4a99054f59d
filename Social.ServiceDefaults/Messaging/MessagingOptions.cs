namespace Social.ServiceDefaults.Messaging;

/// <summary>Consumer retry policy, bound from <c>Messaging</c>. After the last retry a message goes to the error queue.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    public int RetryLimit { get; set; } = 5;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(10);
}
