namespace Social.ServiceDefaults;

/// <summary>
/// Names of the Aspire resources and connections, shared by the AppHost and the services
/// (the AppHost links this file rather than referencing the whole library).
/// </summary>
public static class ResourceNames
{
    /// <summary>The RabbitMQ broker; also the name of its connection string.</summary>
    public const string Broker = "broker";

    public const string Profile = "profile";
    public const string Graph = "graph";
    public const string Engagement = "engagement";
    public const string Story = "story";
    public const string Messaging = "messaging";

    public const string Gateway = "gateway";

    /// <summary>The Redis server that gateway replicas share their rate-limit counters in; also its connection string's name.</summary>
    public const string RateLimitStore = "redis";

    /// <summary>Each service's HTTP/2 (h2c) endpoint that serves gRPC; its default endpoint serves HTTP/1.1 JSON.</summary>
    public const string GrpcEndpoint = "grpc";
}
