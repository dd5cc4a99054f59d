using System.Net.Http.Json;
using System.Text.Json;

namespace Social.FunctionalTests.Infrastructure;

/// <summary>Calls Profile's public JSON API the way a client app does.</summary>
public static class ProfileApi
{
    public const string DefaultPassword = "long-enough-secret";

    public static Task<HttpResponseMessage> SignUpAsync(HttpClient client, string handle, string password = DefaultPassword, string displayName = "Test User") =>
        client.PostAsJsonAsync("/api/v1/accounts", new { handle, password, displayName }, TestContext.Current.CancellationToken);

    public static string UniqueHandle(string prefix = "u") => prefix + "_" + Guid.NewGuid().ToString("N")[..12];

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
}
