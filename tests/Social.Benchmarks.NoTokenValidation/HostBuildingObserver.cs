using System.Diagnostics;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

/// <summary>
/// Waits for the host's <c>HostBuilding</c> event (raised by <c>Build()</c>, after the service's own registrations)
/// and makes <see cref="UnvalidatedBearerHandler"/> every default authentication scheme.
/// </summary>
internal sealed class HostBuildingObserver : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private const string HostingListener = "Microsoft.Extensions.Hosting";
    private const string HostBuilding = "HostBuilding";

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == HostingListener)
        {
            value.Subscribe(this);
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != HostBuilding || value.Value is not IHostBuilder host)
        {
            return;
        }

        host.ConfigureServices(services =>
        {
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, UnvalidatedBearerHandler>(UnvalidatedBearerHandler.SchemeName, null);
            // Post-configured, so it wins over whatever default the service chose.
            services.PostConfigure<AuthenticationOptions>(options =>
            {
                options.DefaultScheme = UnvalidatedBearerHandler.SchemeName;
                options.DefaultAuthenticateScheme = UnvalidatedBearerHandler.SchemeName;
                options.DefaultChallengeScheme = UnvalidatedBearerHandler.SchemeName;
                options.DefaultForbidScheme = UnvalidatedBearerHandler.SchemeName;
            });
            Console.WriteLine("Token validation is OFF in this process (benchmark baseline): bearer tokens are read, not checked.");
        });
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
