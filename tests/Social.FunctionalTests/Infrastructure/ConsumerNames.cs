namespace Social.FunctionalTests.Infrastructure;

/// <summary>The inbox names of the consumers under test (as the services declare them).</summary>
public static class ConsumerNames
{
    public const string GraphAccountCreated = "graph.account-created";
    public const string MessagingAccountCreated = "messaging.account-created";
}
