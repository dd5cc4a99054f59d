using Microsoft.Extensions.Primitives;

namespace Social.Gateway.RateLimiting;

/// <summary>
/// Recognises a password sign-in attempt at the OAuth endpoints (<c>grant_type=password&amp;username=…</c>) and the
/// handle it is for. The body is buffered and rewound, so it is still forwarded whole.
/// </summary>
internal static class SignInForm
{
    /// <summary>
    /// The handle key shared by every attempt whose handle cannot be told (no username, several, too long, an
    /// unreadable form): none of them can sign anyone in, and sharing one budget keeps them from evading the limit.
    /// No real handle starts with a space, since handles are trimmed.
    /// </summary>
    public const string UnusableHandle = " unusable";

    private const string PasswordGrant = "password";

    // Handles are at most 30 characters; anything much longer cannot be one and would only make a large key.
    private const int MaxHandleLength = 64;

    /// <summary>The normalised handle of a password attempt, or null when the request is not one.</summary>
    public static async Task<string?> ReadHandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
        {
            return null;
        }

        request.EnableBuffering();
        try
        {
            return HandleOf(await request.ReadFormAsync(cancellationToken));
        }
        catch (InvalidDataException)
        {
            // Malformed or over the form limits: not readable here, maybe not elsewhere either; counted, not trusted.
            return UnusableHandle;
        }
        finally
        {
            request.Body.Position = 0;
        }
    }

    private static string? HandleOf(IFormCollection form)
    {
        var usernames = form["username"];

        // A username makes it an attempt whatever the grant type claims: duplicate or odd grant types must not let
        // a password guess slip past the per-handle limit.
        if (usernames.Count == 0 && !IsPasswordGrant(form["grant_type"]))
        {
            return null;
        }

        return usernames is [{ Length: <= MaxHandleLength } username] && Normalize(username) is { Length: > 0 } handle
            ? handle
            : UnusableHandle;
    }

    private static bool IsPasswordGrant(StringValues grantTypes) =>
        grantTypes.Any(grantType => string.Equals(grantType, PasswordGrant, StringComparison.OrdinalIgnoreCase));

    // As the identity service normalises handles, so that "Ana" and " ana" are one budget, as they are one account.
#pragma warning disable CA1308 // Handles are lower case by definition.
    private static string Normalize(string username) => username.Trim().ToLowerInvariant();
#pragma warning restore CA1308
}
