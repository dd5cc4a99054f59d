using Social.Testing;

[assembly: AssemblyFixture(typeof(Social.EndToEndTests.SuiteFixture))]

namespace Social.EndToEndTests;

/// <summary>The suite most tests share: one instance of everything, booted once for the whole run.</summary>
public sealed class SuiteFixture : SuiteHost
{
    protected override IEnumerable<string> Settings =>
    [
        $"--Social:InternalClients:{InternalCaller.ClientId}={InternalCaller.Secret}",
        $"--Social:AllowedOrigins={BrowserOrigin}",
    ];
}
