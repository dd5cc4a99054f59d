namespace Social.StreamBenchmarks;

/// <summary>The built entry assemblies of the services the run starts.</summary>
internal sealed record ServiceAssemblies(string Profile, string Graph, string Messaging, string Gateway)
{
    /// <summary>The projects of the suite, from the repository root.</summary>
    public static readonly ServiceAssemblies Projects = new(
        "services/Profile/Social.Profile.csproj",
        "services/Graph/Social.Graph.csproj",
        "services/Messaging/Social.Messaging.csproj",
        "gateway/Social.Gateway/Social.Gateway.csproj");

    /// <summary>Builds the services in Release (unless <paramref name="build"/> is false) and answers their entry assemblies.</summary>
    public static async Task<ServiceAssemblies> PrepareAsync(bool build, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Find();
        Console.WriteLine();
        Console.WriteLine($"Building the services ({ServiceBuild.Configuration}) in {root}:");
        return new ServiceAssemblies(
            await ServiceBuild.PrepareAsync(root, Projects.Profile, build, cancellationToken),
            await ServiceBuild.PrepareAsync(root, Projects.Graph, build, cancellationToken),
            await ServiceBuild.PrepareAsync(root, Projects.Messaging, build, cancellationToken),
            await ServiceBuild.PrepareAsync(root, Projects.Gateway, build, cancellationToken));
    }
}
