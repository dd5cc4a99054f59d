using Aspire.Hosting;

namespace Social.EndToEndTests;

/// <summary>The suite with two instances of every service and of the gateway (<c>Social:Replicas</c>), as one scales out.</summary>
public sealed class ReplicatedSuiteFixture : SuiteHost
{
    public const int Replicas = 2;

    protected override IEnumerable<string> Settings => [$"--Social:Replicas={Replicas}"];

    /// <summary>
    /// The address of each running instance of <paramref name="resource"/>, to call one of them in particular. The
    /// instances' URLs all name the proxy that spreads calls over them; where each one listens is in its environment.
    /// </summary>
    public async Task<IReadOnlyList<Uri>> InstancesOfAsync(string resource, CancellationToken cancellationToken)
    {
        var instances = new Dictionary<string, Uri>();
        await foreach (var update in App.ResourceNotifications.WatchAsync(cancellationToken))
        {
            if (update.Resource.Name == resource
                && update.Snapshot.State?.Text == "Running"
                && update.Snapshot.EnvironmentVariables.FirstOrDefault(v => v.Name == "Kestrel__Endpoints__http__Url") is { Value: { Length: > 0 } url })
            {
                instances[update.ResourceId] = new Uri(url);
                if (instances.Count == Replicas)
                {
                    break;
                }
            }
        }

        return [.. instances.Values];
    }
}
