namespace Social.EventBus.Outbox;

/// <summary>
/// The outbox message itself cannot become a broker message (its type is unknown to this build, its body does not
/// deserialize or serialize): no retry can succeed, so the relay dead-letters it at once.
/// </summary>
public sealed class UnpublishableMessageException : Exception
{
    public UnpublishableMessageException()
    {
    }

    public UnpublishableMessageException(string message)
        : base(message)
    {
    }

    public UnpublishableMessageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
