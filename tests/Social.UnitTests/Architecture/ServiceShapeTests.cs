namespace Social.UnitTests.Architecture;

/// <summary>
/// The one shape of every service (services/README.md), checked on the source: the domain knows no transport and no
/// database, storage adapters raise no events, and the gateway carries no storage or bus code.
/// </summary>
public sealed class ServiceShapeTests
{
    // What only the API layer (transport) or the storage adapters (databases) may use.
    private static readonly string[] NotInDomain =
    [
        "using Grpc.", "RpcException", "RpcErrors", "using Microsoft.AspNetCore.Http", "using Microsoft.AspNetCore.Builder", "using Microsoft.Data.Sqlite", "using MongoDB",
    ];

    [Fact]
    public void Domain_code_knows_neither_transport_nor_database()
    {
        var offences = Directory.EnumerateDirectories(Path.Combine(SourceTree.Root, "services"), "Domain", SearchOption.AllDirectories)
            .SelectMany(folder => SourceTree.CSharpFiles(SourceTree.Relative(folder)))
            .SelectMany(file => NotInDomain.Where(File.ReadAllText(file).Contains).Select(word => $"{SourceTree.Relative(file)}: {word}"))
            .ToList();

        Assert.Empty(offences);
    }

    [Fact]
    public void Every_service_has_a_domain_layer() =>
        Assert.All(
            ["Graph", "Profile", "Engagement", "Messaging", "Story"],
            service => Assert.True(Directory.Exists(Path.Combine(SourceTree.Root, "services", service, "Domain")), $"services/{service}/Domain"));

    [Fact]
    public void Storage_adapters_raise_no_events_the_domain_does() =>
        Assert.Empty(
            Directory.EnumerateDirectories(Path.Combine(SourceTree.Root, "services"), "Storage", SearchOption.AllDirectories)
                .SelectMany(folder => SourceTree.CSharpFiles(SourceTree.Relative(folder)))
                .Where(file => File.ReadAllText(file) is var text && (text.Contains("OutboxMessage.Create", StringComparison.Ordinal)
                    || text.Contains("using Social.Contracts.Events", StringComparison.Ordinal)))
                .Select(SourceTree.Relative));

    [Fact]
    public void The_gateway_references_no_storage_or_bus_code()
    {
        var (projects, packages) = ProjectGraph.ClosureOf("gateway/Social.Gateway/Social.Gateway.csproj");

        Assert.DoesNotContain(projects, p => p is "Social.EventBus" or "Social.Storage" or "Social.KnownUsers" or "Social.Relationships");
        Assert.DoesNotContain(packages, p => p.StartsWith("MassTransit", StringComparison.Ordinal) || p is "MongoDB.Driver" or "Microsoft.Data.Sqlite" or "RabbitMQ.Client");
    }
}
