using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Social.Gateway;
using Social.ServiceDefaults;
using Social.Testing;

namespace Social.FunctionalTests.Gateway;

/// <summary>
/// The gateway in memory, its service-discovery names pointed at addresses the test chooses. A service the test
/// names nothing for points at a loopback port nobody listens on: it is down. A request may name the client address
/// it comes from in <see cref="ClientAddressStartupFilter.Header"/>. Tokens come from <see cref="TestIssuer"/>; the
/// clients it creates carry a valid one for <see cref="DefaultUser"/> unless a request sets its own.
/// </summary>
public sealed class GatewayFactory : WebApplicationFactory<GatewayEntryPoint>
{
    private static readonly string[] ServiceNames =
        [ResourceNames.Profile, ResourceNames.Graph, ResourceNames.Engagement, ResourceNames.Story, ResourceNames.Messaging];

    public const string DefaultUser = "00000000-0000-7000-8000-000000000001";

    private readonly Dictionary<string, Uri> addresses = [];
    private readonly Dictionary<string, string> settings = [];
    private TimeProvider? clock;

    /// <summary>Points the service's http endpoint (transcoded JSON, OpenAPI) at <paramref name="address"/>.</summary>
    public GatewayFactory WithHttp(string service, Uri address)
    {
        addresses[$"services:{service}:http:0"] = address;
        return this;
    }

    /// <summary>Points the service's grpc (h2c) endpoint at <paramref name="address"/>.</summary>
    public GatewayFactory WithGrpc(string service, Uri address)
    {
        addresses[$"services:{service}:{ResourceNames.GrpcEndpoint}:0"] = address;
        return this;
    }

    /// <summary>Sets a configuration value of the gateway, e.g. <c>RateLimits:PerIp:PermitLimit</c>.</summary>
    public GatewayFactory WithSetting(string key, string value)
    {
        settings[key] = value;
        return this;
    }

    /// <summary>Replaces the gateway's clock (its wall-clock time decides the rate-limit windows).</summary>
    public GatewayFactory WithClock(TimeProvider timeProvider)
    {
        clock = timeProvider;
        return this;
    }

    /// <summary>A valid access token for <paramref name="subject"/>, issued by the gateway's clock.</summary>
    public string TokenFor(string subject) => TestIssuer.Current.Mint(subject, now: (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(DefaultUser));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Identity:Issuer", TestIssuer.Issuer.AbsoluteUri);
        builder.UseSetting("Identity:Authority", TestIssuer.Current.Authority.AbsoluteUri);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddressStartupFilter>());
        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }

        var nobody = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        foreach (var service in ServiceNames)
        {
            foreach (var endpoint in new[] { "http", ResourceNames.GrpcEndpoint })
            {
                var key = $"services:{service}:{endpoint}:0";
                builder.UseSetting(key, addresses.GetValueOrDefault(key, nobody).ToString());
            }
        }
    }
}
