using Social.Testing;

namespace Social.FunctionalTests.Infrastructure;

/// <summary>Configuration that puts the services of one test class on the same broker vhost and data folder.</summary>
public static class SuiteSettings
{
    public static Dictionary<string, string?> For(string brokerConnectionString, string dataDirectory) => new()
    {
        ["ConnectionStrings:broker"] = brokerConnectionString,
        ["Storage:DataDirectory"] = dataDirectory,
        // Hashing strength is a deployment setting; tests sign up hundreds of accounts on two cores.
        ["PasswordHashing:IterationCount"] = "1000",
        ["EventBus:RetryLimit"] = "3",
        ["EventBus:RetryMinInterval"] = "00:00:00.050",
        ["EventBus:RetryMaxInterval"] = "00:00:00.200",
        // Delayed redelivery after the immediate retries: two short levels, so a test sees the whole path to the error queue.
        ["EventBus:Redelivery:Delays:0"] = "00:00:00.200",
        ["EventBus:Redelivery:Delays:1"] = "00:00:00.500",
        ["EventBus:Outbox:PollInterval"] = "00:00:00.200",
        ["EventBus:Outbox:PublishTimeout"] = "00:00:03",
        ["EventBus:Outbox:MaxRetryDelay"] = "00:00:01",
        // Low, so that a failure wrongly held against a message (e.g. during a broker outage) shows as a dead letter.
        ["EventBus:Outbox:MaxAttempts"] = "3",
        ["Logging:LogLevel:Default"] = "Warning",
        // Idle streams read the store at heartbeats too; a long one makes every stream test prove the wake-up over the bus.
        ["Messaging:Stream:HeartbeatInterval"] = "00:10:00",
        // The test caller is an operator (it also reconciles counters); the reader may only read and send.
        [$"Identity:OperatorClients:{InternalCaller.ClientId}"] = InternalCaller.Secret,
        [$"Identity:InternalClients:{InternalCaller.ReaderClientId}"] = InternalCaller.ReaderSecret,
        // Services that call others' internal RPCs do so as the same test client.
        ["Identity:Client:Id"] = InternalCaller.ClientId,
        ["Identity:Client:Secret"] = InternalCaller.Secret,
    };
}
