using System.Net.Http.Headers;
using System.Text;

namespace Social.FunctionalTests.Infrastructure;

/// <summary>A public API call as a client app makes it: a JSON body, the user's bearer token, an optional Idempotency-Key.</summary>
public static class JsonRequests
{
    public static HttpRequestMessage Create(HttpMethod method, string path, TestUser? user, string? body = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (user is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return request;
    }
}
