using System.Text.Json;

namespace Social.FunctionalTests.Gateway;

/// <summary>The public error body, as a client reads it.</summary>
public sealed record ErrorBody(string Code, string Message, IReadOnlyList<ErrorBody.FieldError>? Errors)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public sealed record FieldError(string Field, string Message);

    /// <summary>Reads the body after checking it is declared as JSON and its declared length is exact.</summary>
    public static async Task<ErrorBody> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        if (response.Content.Headers.ContentLength is { } length)
        {
            Assert.Equal(bytes.Length, length);
        }

        var body = JsonSerializer.Deserialize<ErrorBody>(bytes, JsonOptions);
        Assert.NotNull(body);
        return body;
    }
}
